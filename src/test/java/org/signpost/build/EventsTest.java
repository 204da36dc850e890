package org.signpost.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.signpost.TestSites;
import org.signpost.content.Events;
import org.signpost.content.Item;

/** The demo's events: they close after they end, and show under "Coming up" soonest first. */
class EventsTest {
    private final Build build = new Build(TestSites.fylde(), TestSites.TODAY).check();
    private final Map<String, byte[]> files = build.renderRegardless();

    private Document page(String url) {
        return Jsoup.parse(new String(files.get(url.substring(1) + "index.html"), StandardCharsets.UTF_8));
    }

    @Test
    void anEventClosesTheDayAfterItEndsWithNoEditorAction() {
        Item finished = build.site().get("event", "virtual-visit-tower-digital-studio").orElseThrow();
        assertTrue(finished.closedOn(TestSites.TODAY));
        assertFalse(finished.closedOn(Events.end(finished).toLocalDate()), "still open on the day it ends");
        assertTrue(page(finished.url()).select(".notice-closed").text().contains("This event has finished"));
        assertTrue(page(finished.url()).select("a[href$=event.ics]").isEmpty(), "no calendar link once finished");
        Document list = page("/events/");
        assertTrue(list.select("h2").eachText().contains("Finished"));
        assertEquals(0, build.problems().sorted().stream().filter(p -> p.toString().contains("content/events/")).count(), "no warnings for finished events");
    }

    @Test
    void comingUpListsTheNextOpenEventsSoonestFirst() {
        List<String> expected = Events.comingUp(build.site().ofType("event"), TestSites.TODAY).stream().limit(4).map(Item::url).toList();
        List<String> shown = page("/").select("#coming-up ~ ul .card-title a, section:has(#coming-up) .card-title a").eachAttr("href");
        assertEquals(expected, shown.stream().distinct().toList());
        Document employer = page("/employers/fylde-build-partnership/");
        assertTrue(employer.select("section:has(#coming-up) a").eachAttr("href").contains("/events/taster-day-construction-fylde-build-partnership/"));
        Document pathway = page("/pathways/supported-internship-fylde-coast/");
        assertTrue(pathway.select("section:has(#coming-up) a").eachAttr("href").contains("/events/supported-internship-open-morning/"));
    }

    @Test
    void anItemPageShowsTheSoonestSixEventsHoweverManyAreComingUp() {
        // Every open event shares a school year with this guide: a busy area's list would be hundreds long on a phone.
        Item guide = build.site().get("guide", "in-year-11").orElseThrow();
        List<String> all = Events.comingUpFor(guide, build.site().referencing(guide), build.site(), TestSites.TODAY).stream().map(Item::url).toList();
        assertTrue(all.size() > 6, "the demo has more than 6 events for Year 11: " + all);
        Document page = page(guide.url());
        assertEquals(all.subList(0, 6), page.select("#coming-up ~ ul .card-title a").eachAttr("href"));
        assertTrue(page.select("section:has(#coming-up) a").eachAttr("href").contains("/events/"), "a link to the rest");
    }

    @Test
    void theEventsListingIsInDateOrderAndTheNavigationLinksIt() {
        List<String> urls = page("/events/").select(".cards").first().select(".card-title a").eachAttr("href");
        List<String> byStart = Events.comingUp(build.site().ofType("event"), TestSites.TODAY).stream().map(Item::url).toList();
        assertEquals(byStart, urls);
        assertTrue(page("/").select("nav[aria-label=Main] a").eachAttr("href").contains("/events/"));
    }
}
