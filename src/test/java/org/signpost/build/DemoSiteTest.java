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

/** The committed demo site builds with no errors and has the content the demo promises. */
class DemoSiteTest {
    @TempDir
    static Path out;
    static Build build;

    @BeforeAll
    static void buildDemo() throws Exception {
        build = new Build(TestSites.root(), TestSites.TODAY);
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
}
