package org.signpost.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the report's words mean, so its figures can be compared with other platforms' reports. The README repeats them. */
final class Definitions {
    private Definitions() {}

    static final Map<String, String> TERMS = new LinkedHashMap<>();

    static {
        TERMS.put("Page view", "A page of the site, or a school's embed of it, opened in a browser that runs the site's script and has not asked "
                + "not to be counted (Do Not Track, Global Privacy Control or the opt-out in the privacy notice). Opening the page again counts again. "
                + "Pages read without JavaScript, by robots, or with counting turned off are not counted.");
        TERMS.put("Visit", "A page view that came from another website or from nowhere (a typed address, a bookmark, a link in an app or email): "
                + "its referrer is another site or none, as Cloudflare's analytics counts visits. Going from page to page on the site is not a new visit. "
                + "A visit is not a person: one pupil arriving twice makes two visits. Signpost never counts \"unique visitors\".");
        TERMS.put("Active school", "A school whose code (its 6-digit URN, from a link or an embed) came with at least 10 visits in a calendar month. "
                + "\"Schools with an active month\" counts the schools that were active in at least one month of the school year.");
        TERMS.put("Engagement", "The actions people take beyond reading a page: searches, clicks on search results, videos started, steps clicked "
                + "on a route map, and clicks out to apply or to a provider, as a count and for every 100 page views. Signpost keeps no time on page "
                + "and links no events together, so engagement is not in minutes and cannot be compared with \"average minutes\" from platforms that track sessions.");
    }
}
