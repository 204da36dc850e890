package org.signpost.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.TestSites;
import org.signpost.content.Item;
import org.signpost.content.Problem;

/** The committed demo site (its Fylde Coast area, and the hub as a whole) builds with no errors and has the content the demo promises. */
class DemoSiteTest {
    @TempDir
    static Path out;
    static Build build;

    @BeforeAll
    static void buildDemo() throws Exception {
        build = new Build(TestSites.fylde(), TestSites.TODAY);
        build.build(out);
    }

    @Test
    void buildsWithNoErrors() {
        assertEquals(List.of(), build.problems().sorted().stream().filter(Problem::isError).map(Problem::toString).toList());
    }

    @Test
    void hasAtLeastTheContentTheDemoPromises() {
        Map<String, Integer> minimum = Map.of("career", 40, "pathway", 20, "apprenticeship", 25, "employer", 12,
                "video", 25, "routemap", 6, "sector", 8, "guide", 12);
        minimum.forEach((type, n) -> assertTrue(build.site().ofType(type).size() >= n, type + ": " + build.site().ofType(type).size()));
        long routes = build.site().ofType("career").stream().map(i -> i.string("route")).distinct().count();
        assertTrue(routes >= 10, "careers span " + routes + " routes");
        assertTrue(build.site().ofType("apprenticeship").stream().anyMatch(i -> i.closedOn(TestSites.TODAY)), "some vacancies are closed");
    }

    @Test
    void everyCareerIsOnARouteMapAndHasBalancedRoutes() {
        List<String> warnings = build.problems().sorted().stream().filter(p -> !p.isError())
                .map(Problem::toString).filter(p -> !p.contains("closing_date")).toList();
        assertEquals(List.of(), warnings);
    }

    @Test
    void sectorsShowTheirFiguresAndCareersTheirPay() throws Exception {
        for (Item sector : build.site().ofType("sector")) {
            String html = Files.readString(out.resolve(sector.url().substring(1) + "index.html"));
            assertEquals(4, html.split("class=\"chart\"", -1).length - 1, sector.url());
            assertTrue(html.contains("These are sample figures"), sector.url());
        }
        String electrician = Files.readString(out.resolve("careers/electrician/index.html"));
        assertTrue(electrician.contains("Pay for an electrician here is"), "pay sentence");
        assertTrue(electrician.contains("class=\"compare\""), "routes compared");
        assertTrue(Files.readString(out.resolve("routemaps/construction-routemap/index.html")).contains("<svg"), "map drawn");
        // Shared careers name no map (the maps are each area's); the page links to the area's map that has the career on it.
        assertTrue(electrician.contains("<a class=\"button-link\" href=\"/routemaps/construction-routemap/\">See the route map: Construction route map</a>"), "route map link");
    }

    /** The demo is a hub: every area checks with no errors and has its own copy of the local guides the shared home page starts from. */
    @Test
    void everyAreaOfTheDemoChecksWithNoErrorsAndHasTheHomePagesGuides() {
        List<String> areas = Areas.of(TestSites.root());
        assertEquals(List.of("fylde-coast", "stoke-staffordshire"), areas);
        HubBuild hub = new HubBuild(TestSites.root(), TestSites.TODAY, areas).check();
        assertEquals(List.of(), hub.problems().sorted().stream().filter(Problem::isError).map(Problem::toString).toList());
        hub.areas().forEach((slug, area) -> {
            for (String start : List.of("in-year-11", "in-year-13-or-at-college", "parents-and-carers-local-options")) {
                assertTrue(area.site().get("guide", start).isPresent(), slug + " has no guide " + start);
            }
        });
    }

    @Test
    void everySamplePageSaysSo() throws Exception {
        for (Item item : build.site().items()) {
            String html = Files.readString(out.resolve(item.url().substring(1) + "index.html"));
            assertEquals(item.sample(), html.contains("class=\"sample-banner\""), item.url());
        }
    }

    @Test
    void closedVacanciesLeaveTheOpenListing() throws Exception {
        String listing = Files.readString(out.resolve("apprenticeships/index.html"));
        String open = listing.substring(0, listing.indexOf("<h2>Closed</h2>"));
        for (Item item : build.site().ofType("apprenticeship")) {
            assertEquals(!item.closedOn(TestSites.TODAY), open.contains("href=\"" + item.url() + "\""), item.url());
        }
    }

    @Test
    void theApprenticeshipsListingPutsOpenVacanciesFirstByClosingDateAndCountsOnlyThem() throws Exception {
        org.jsoup.nodes.Document listing = org.jsoup.Jsoup.parse(out.resolve("apprenticeships/index.html").toFile());
        List<org.jsoup.nodes.Element> sections = listing.select("main section");
        assertEquals(List.of("Vacancies you can apply for", "Apprenticeship standards"), sections.stream().map(s -> s.selectFirst("h2").text()).toList());
        List<Item> open = build.site().ofType("apprenticeship").stream().filter(i -> !i.closedOn(TestSites.TODAY)).toList();
        List<String> vacancies = open.stream().filter(i -> i.string("kind").equals("vacancy"))
                .sorted(java.util.Comparator.comparing((Item i) -> i.date("closing_date")).thenComparing(Item::title)).map(Item::url).toList();
        List<String> standards = open.stream().filter(i -> i.string("kind").equals("standard")).map(Item::url).sorted().toList();
        assertTrue(vacancies.size() >= 5 && standards.size() >= 5, vacancies + " " + standards);
        assertEquals(vacancies, sections.get(0).select(".card-title a").eachAttr("href"), "vacancies, soonest closing first");
        assertEquals(standards, sections.get(1).select(".card-title a").eachAttr("href").stream().sorted().toList());
        assertTrue(listing.select("main > p").eachText().contains(vacancies.size() + " apprenticeships open."), listing.select("main > p").eachText().toString());
        // Each vacancy card gives its closing date, wage, place and level; a standard's gives its level and no closing date.
        org.jsoup.nodes.Element first = sections.get(0).selectFirst(".card");
        Item soonest = build.site().find(vacancies.get(0).split("/")[2], List.of("apprenticeship")).orElseThrow();
        assertEquals(List.of("Closing date", "Wage", "Where"), first.select(".card-facts dt").eachText());
        assertEquals(List.of(new org.signpost.render.Day(soonest.date("closing_date")).toString(), soonest.string("wage"), soonest.string("location")),
                first.select(".card-facts dd").eachText());
        assertTrue(first.select(".tag").eachText().contains("Level " + soonest.number("level")), first.text());
        assertTrue(sections.get(1).select(".card-facts dt").eachText().stream().noneMatch(t -> t.equals("Closing date")));
    }

    @Test
    void compareTheRoutesSaysWhatTheRoutesAreAndGivesEachAsACardToo() throws Exception {
        int both = 0, oneSided = 0;
        for (Item career : build.site().ofType("career")) {
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(out.resolve(career.url().substring(1) + "index.html").toFile());
            org.jsoup.nodes.Element table = page.selectFirst("table.compare");
            if (table == null) continue;
            List<String> kinds = table.select("tbody tr").stream().map(tr -> tr.select("td").get(0).text()).toList();
            String intro = page.selectFirst(".compare-intro").text();
            boolean mixed = kinds.contains("Technical") && kinds.contains("Academic");
            assertEquals(mixed, intro.startsWith("Technical and academic routes can both lead to this job."), career.url() + ": " + kinds + " " + intro);
            if (!mixed) assertTrue(intro.contains(kinds.get(0).toLowerCase(java.util.Locale.UK)), career.url() + ": " + intro);
            if (mixed) both++;
            else oneSided++;
            // The cards hold the table's facts, route by route, in the same order.
            List<org.jsoup.nodes.Element> cards = page.select(".compare-cards > li");
            List<org.jsoup.nodes.Element> rows = table.select("tbody tr");
            assertEquals(rows.size(), cards.size(), career.url());
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(rows.get(i).selectFirst("th a").attr("href"), cards.get(i).selectFirst("h3 a").attr("href"));
                assertEquals(rows.get(i).select("td").eachText(), cards.get(i).select("dd").eachText(), career.url());
                assertEquals(table.select("thead th").eachText().subList(1, 8), cards.get(i).select("dt").eachText());
            }
        }
        assertTrue(both > 0 && oneSided > 0, "the demo has careers with both kinds of route (" + both + ") and with one (" + oneSided + ")");
    }

    @Test
    void theHomePageOffersThreeStartsEachAGuideToLocalOptionsAndDates() throws Exception {
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(out.resolve("index.html").toFile());
        List<org.jsoup.nodes.Element> starts = home.select(".start-links a");
        assertEquals(List.of("I'm in Year 11", "I'm in Year 13 or at college", "I'm a parent or carer"), starts.stream().map(a -> a.text()).toList());
        // The starts come straight after the opening line, before the search and the rest.
        assertTrue(home.select("main > *").indexOf(home.selectFirst("section.starts")) <= 3, "starts near the top");
        for (org.jsoup.nodes.Element start : starts) {
            String url = start.attr("href");
            Item guide = build.site().items().stream().filter(i -> i.url().equals(url)).findFirst().orElseThrow(() -> new AssertionError(url));
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(out.resolve(url.substring(1) + "index.html").toFile());
            assertEquals(guide.list("compare").stream().map(String::valueOf).toList(),
                    page.select(".option h3 a").eachAttr("href").stream().map(h -> h.split("/")[2]).toList(), url);
            for (org.jsoup.nodes.Element option : page.select(".option")) {
                assertTrue(option.select("dt").eachText().containsAll(List.of("What it is", "Level", "How long", "Apply by")), url + ": " + option.text());
            }
            // Coming up: the soonest 6 open events for the guide's school years.
            List<String> expected = build.site().ofType("event").stream()
                    .filter(e -> !e.closedOn(TestSites.TODAY) && e.list("year_groups").stream().anyMatch(guide.list("year_groups")::contains))
                    .sorted(java.util.Comparator.comparing((Item e) -> e.dateTime("start"))).limit(6).map(Item::url).toList();
            assertTrue(expected.size() >= 2, url + " has events coming up");
            assertEquals(expected, page.select("#coming-up ~ ul .card-title a").eachAttr("href"), url);
        }
    }

    /** Matches a content hash in a published name: site.3f2a9c1b.css. */
    private static final java.util.regex.Pattern HASHED = java.util.regex.Pattern.compile(".*\\.[0-9a-f]{8}\\.(?:css|js)");

    @Test
    void everyStylesheetAndScriptAPageLoadsIsPublishedUnderAHashedNameExceptEmbedJs() throws Exception {
        java.util.Set<String> loaded = new java.util.TreeSet<>();
        int pages = 0;
        try (var walk = Files.walk(out)) {
            for (Path html : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".html"))::iterator) {
                pages++;
                org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(Files.readString(html));
                for (var e : doc.select("link[rel=stylesheet], script[src]")) {
                    String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    String where = out.relativize(html) + ": " + url;
                    assertTrue(url.startsWith("/"), where);
                    assertTrue(Files.isRegularFile(out.resolve(url.substring(1))), "missing " + where);
                    assertTrue(HASHED.matcher(url).matches(), "not hashed " + where);
                    loaded.add(url);
                }
            }
        }
        assertTrue(pages > 500, "pages: " + pages);
        assertTrue(loaded.stream().anyMatch(u -> u.startsWith("/css/site.")), "site.css: " + loaded);
        assertTrue(loaded.stream().anyMatch(u -> u.startsWith("/_signpost/js/search-page.")), "search-page.js: " + loaded);
        // What the scripts import is hashed too: search-page.js names search.js by its hashed name.
        String searchPage = loaded.stream().filter(u -> u.startsWith("/_signpost/js/search-page.")).findFirst().orElseThrow();
        java.util.regex.Matcher imp = java.util.regex.Pattern.compile("from '\\./(search\\.[0-9a-f]{8}\\.js)'").matcher(Files.readString(out.resolve(searchPage.substring(1))));
        assertTrue(imp.find(), "search-page.js imports a hashed search.js");
        assertTrue(Files.isRegularFile(out.resolve("_signpost/js/" + imp.group(1))), imp.group(1));
        // The stable address schools paste, and the plain names old templates use, are published too.
        for (String plain : List.of("js/embed.js", "css/site.css", "_signpost/js/search.js")) assertTrue(Files.isRegularFile(out.resolve(plain)), plain);
    }
}
