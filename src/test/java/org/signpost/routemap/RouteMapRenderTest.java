package org.signpost.routemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signpost.TestSite;
import org.signpost.TestSites;
import org.signpost.content.Item;
import org.signpost.content.Site;
import org.signpost.html.InjectionScan;
import org.signpost.render.Deps;

/** The fixture's construction map as SVG and as a list: golden files plus the promises each makes. */
class RouteMapRenderTest {
    Site site;
    Item item;

    @BeforeEach
    void load() {
        site = TestSite.fixture().site();
        item = site.get("routemap", "construction-map").orElseThrow();
    }

    @Test
    void svgAndListMatchTheirGoldenFiles() throws Exception {
        var extras = new RouteMaps(site).forItem(item, new Deps());
        golden("construction-map.svg", (String) extras.get("svg"));
        golden("construction-map.steps.html", (String) extras.get("steps"));
    }

    @Test
    void svgHasBandsLinksSalariesAndArrows() {
        Document svg = Jsoup.parse(RouteMapSvg.render(RouteMap.of(item), site), "", Parser.xmlParser());
        assertEquals("Route map: Construction route map", svg.selectFirst("title").text());
        assertEquals(List.of("Start", "Level 3"), svg.select("text.band-label").eachText());
        List<Element> links = svg.select("a.node");
        assertEquals(List.of("/careers/electrician/", "/careers/plumber/"), links.stream().map(a -> a.attr("href")).sorted().toList());
        Element electrician = links.stream().filter(a -> a.attr("href").equals("/careers/electrician/")).findFirst().orElseThrow();
        assertEquals("Electrician From £25,000 a year", electrician.selectFirst("text").text());
        assertEquals(3, svg.select("path.edge").size());
        // Entry points sit below the steps they lead to: the map flows upwards.
        double gcses = y(svg, "GCSEs"), top = y(svg, "Electrician");
        assertTrue(gcses > top, "GCSEs at " + gcses + " should be below Electrician at " + top);
    }

    @Test
    void listGivesEveryStepAndWhereItLeads() {
        Document list = Jsoup.parseBodyFragment(RouteMapSteps.render(RouteMap.of(item), site));
        assertEquals(List.of("Starting points", "Level 3"), list.select("h3").eachText());
        String text = list.text();
        assertTrue(text.contains("GCSEs. Leads to: T Level in Building Services Engineering"), text);
        assertTrue(text.contains("T Level in Building Services Engineering. Leads to: Electrician (from £25,000 a year), Plumber (from £23,000 a year)"), text);
        assertEquals(4, list.select("a[href^=/careers/]").size(), "each career linked where it stands and where it is reached");
    }

    @Test
    void aHostileSlugOrTitleCannotAddMarkupToTheMapOrItsList() {
        Map<String, Object> fields = new java.util.LinkedHashMap<>(item.fields());
        fields.put("title", "</title><script>alert(1)</script>");
        Item hostile = new Item(item.type(), InjectionScan.HOSTILE_SLUG, item.url(), item.path(), fields, item.positions(), item.body(),
                item.bodyLine(), item.references());
        String svg = RouteMapSvg.render(RouteMap.of(hostile), site);
        String steps = RouteMapSteps.render(RouteMap.of(hostile), site);
        assertEquals(List.of(), InjectionScan.findings(svg, "svg"));
        assertEquals(List.of(), InjectionScan.findings(steps, "steps"));
        Document doc = Jsoup.parseBodyFragment(svg + steps);
        assertEquals(List.of(), doc.select("img, script"));
        for (Element e : doc.select("[aria-labelledby]")) {
            for (String ref : e.attr("aria-labelledby").split(" ")) assertEquals(1, doc.select("[id=" + ref + "]").size(), "one element for id " + ref);
        }
        assertEquals("Route map: </title><script>alert(1)</script>", doc.selectFirst("title").text());
    }

    private static double y(Document svg, String label) {
        for (Element t : svg.select("tspan")) {
            if (t.text().equals(label)) return Double.parseDouble(t.attr("y"));
        }
        throw new AssertionError("no text " + label);
    }

    private void golden(String name, String actual) throws Exception {
        Path file = TestSites.sites().resolve("fixture-golden").resolve(name);
        if (TestSites.updateGolden()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual);
        }
        assertEquals(Files.readString(file), actual, name + " (rerun with -Dsignpost.updateGolden=true after checking it)");
    }
}
