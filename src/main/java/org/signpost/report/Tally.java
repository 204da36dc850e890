package org.signpost.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.signpost.analytics.Event;

/**
 * What one school year's events add up to, in one pass and without keeping any event: counts by
 * school, campaign, content type, route, level, month, video, zero-result query and page. Only
 * aggregates are kept, so a million events take little memory.
 */
public final class Tally {
    /** The measures counted for each school and campaign, in table order. */
    public enum Measure { PAGE_VIEWS, VISITS, SEARCHES, VIDEOS_COMPLETED, ROUTEMAP_STEPS, APPLY_CLICKS }

    static final String NONE = "";

    final Map<String, long[]> bySchool = new TreeMap<>();
    final Map<String, long[]> byCampaign = new TreeMap<>();
    final Map<String, Long> viewsByContentType = new TreeMap<>();
    final Map<String, Long> viewsByRoute = new TreeMap<>();
    final Map<String, Long> viewsByLevel = new TreeMap<>();
    /** Page views and visits by month of the school year (0 = September). */
    final long[] viewsByMonth = new long[12], visitsByMonth = new long[12];
    /** Visits by school and month: what "active school" is counted from. */
    final Map<String, long[]> visitsBySchoolMonth = new HashMap<>();
    /** Each video's milestones, in {@link Event#MILESTONES} order. */
    final Map<String, long[]> videos = new TreeMap<>();
    final Map<String, Long> zeroResultQueries = new HashMap<>();
    /** Page views by page (site path without /embed), for route balance. */
    final Map<String, Long> viewsByPath = new HashMap<>();
    /** The content type each page's views said it had, for route balance without a site. */
    final Map<String, String> typeByPath = new HashMap<>();
    long events, embedViews, searches, zeroResultSearches, resultClicks, videoStarts, routemapSteps, outbound, pageViews, visits;
    LocalDate firstDay, lastDay;

    void add(Event e) {
        events++;
        if (firstDay == null || e.day().isBefore(firstDay)) firstDay = e.day();
        if (lastDay == null || e.day().isAfter(lastDay)) lastDay = e.day();
        String school = e.school() == null ? NONE : e.school(), campaign = e.campaign() == null ? NONE : e.campaign();
        Measure measure = switch (e.type()) {
            case Event.PAGEVIEW -> Measure.PAGE_VIEWS;
            case Event.SEARCH -> Measure.SEARCHES;
            case Event.VIDEO -> "complete".equals(e.milestone()) ? Measure.VIDEOS_COMPLETED : null;
            case Event.ROUTEMAP_STEP -> Measure.ROUTEMAP_STEPS;
            case Event.OUTBOUND -> "apply".equals(e.kind()) ? Measure.APPLY_CLICKS : null;
            default -> null;
        };
        if (measure != null) {
            bySchool.computeIfAbsent(school, k -> new long[Measure.values().length])[measure.ordinal()]++;
            byCampaign.computeIfAbsent(campaign, k -> new long[Measure.values().length])[measure.ordinal()]++;
        }
        int month = (e.day().getMonthValue() + 3) % 12; // September is 0
        switch (e.type()) {
            case Event.PAGEVIEW -> {
                pageViews++;
                viewsByMonth[month]++;
                if (e.visit()) {
                    visits++;
                    visitsByMonth[month]++;
                    bySchool.get(school)[Measure.VISITS.ordinal()]++;
                    byCampaign.get(campaign)[Measure.VISITS.ordinal()]++;
                    if (!school.equals(NONE)) visitsBySchoolMonth.computeIfAbsent(school, k -> new long[12])[month]++;
                }
                viewsByContentType.merge(e.contentType() == null ? NONE : e.contentType(), 1L, Long::sum);
                if (e.route() != null) for (String r : e.route().split(" ")) viewsByRoute.merge(r, 1L, Long::sum);
                if (e.level() != null) for (String l : e.level().split(" ")) viewsByLevel.merge(l, 1L, Long::sum);
                String page = page(e.path());
                if (viewsByPath.merge(page, 1L, Long::sum) == 1L && e.contentType() != null) typeByPath.put(page, e.contentType());
            }
            case Event.SEARCH -> {
                searches++;
                if (e.zeroResults()) {
                    zeroResultSearches++;
                    zeroResultQueries.merge(e.query(), 1L, Long::sum);
                }
            }
            case Event.RESULT_CLICK -> resultClicks++;
            case Event.VIDEO -> {
                videos.computeIfAbsent(e.video(), k -> new long[Event.MILESTONES.size()])[Event.MILESTONES.indexOf(e.milestone())]++;
                if ("start".equals(e.milestone())) videoStarts++;
            }
            case Event.ROUTEMAP_STEP -> routemapSteps++;
            case Event.OUTBOUND -> outbound++;
            case Event.EMBED_VIEW -> embedViews++;
            default -> { }
        }
    }

    /** Actions beyond reading a page: searches, result clicks, videos started, route-map steps and outbound clicks. */
    long engagementActions() {
        return searches + resultClicks + videoStarts + routemapSteps + outbound;
    }

    String contentTypeOf(String page) {
        return typeByPath.get(page);
    }

    /** An embed page counts as the page it shows. */
    static String page(String path) {
        return path.startsWith("/embed/") ? path.substring("/embed".length()) : path;
    }

    /** Reads every event once, into one tally per school year. */
    public static TreeMap<AcademicYear, Tally> byYear(EventSource source) throws java.io.IOException, EventSource.Unreadable {
        TreeMap<AcademicYear, Tally> years = new TreeMap<>();
        source.forEach(e -> years.computeIfAbsent(AcademicYear.of(e.day()), y -> new Tally()).add(e));
        return years;
    }
}
