package org.signpost.analytics;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * One analytics event as the collector stores it: what happened on which page, with no person in
 * it. There is no user, device or session ID and no IP address; the time is kept only to the day
 * (data minimisation under the Children's Code). Fields that an event type does not use are null.
 *
 * <p>The wire format (what the page's script sends) is the same JSON object without {@code day};
 * {@link EventReader} says which fields each type takes and what values are allowed.
 */
public record Event(LocalDate day, String type, String path, String school, String campaign, boolean embed,
                    String contentType, String route, String level, String locality, Boolean sample, Boolean entry,
                    String query, Integer results, String filters, Integer rank, String target,
                    String video, String milestone, String player, String kind, String step) {

    /** The event types, by wire name. */
    public static final String PAGEVIEW = "pageview", SEARCH = "search", RESULT_CLICK = "result_click",
            VIDEO = "video", OUTBOUND = "outbound", ROUTEMAP_STEP = "routemap_step", EMBED_VIEW = "embed_view";

    public static final Set<String> TYPES = Set.of(PAGEVIEW, SEARCH, RESULT_CLICK, VIDEO, OUTBOUND, ROUTEMAP_STEP, EMBED_VIEW);

    /** Video milestones, in the order a viewer reaches them. */
    public static final java.util.List<String> MILESTONES = java.util.List.of("start", "25", "50", "75", "complete");

    /** The wire fields every type may carry, beside {@code type}. */
    static final Set<String> COMMON = Set.of("path", "school", "campaign", "embed");

    /** The further wire fields each type may carry. */
    static final Map<String, Set<String>> FIELDS = Map.of(
            PAGEVIEW, Set.of("content_type", "route", "level", "locality", "sample", "entry"),
            SEARCH, Set.of("query", "results", "filters"),
            RESULT_CLICK, Set.of("query", "rank", "target"),
            VIDEO, Set.of("video", "milestone", "player"),
            OUTBOUND, Set.of("target", "kind"),
            ROUTEMAP_STEP, Set.of("step"),
            EMBED_VIEW, Set.of());

    /** A search that found nothing: the queries to write content or synonyms for. */
    public boolean zeroResults() {
        return SEARCH.equals(type) && results != null && results == 0;
    }

    /**
     * A visit, as Cloudflare's analytics counts one: a page view whose referrer is another site or
     * none. Not a person: the same pupil arriving twice is two visits.
     */
    public boolean visit() {
        return PAGEVIEW.equals(type) && Boolean.TRUE.equals(entry);
    }
}
