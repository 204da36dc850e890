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
        // Only names are underlined, and no underlined or salary line starts or ends with a space.
        for (Element line : svg.select("tspan.name, tspan.salary")) assertEquals(line.wholeText().strip(), line.wholeText(), line.outerHtml());
        assertEquals("From £25,000 a year", electrician.selectFirst("tspan.salary").wholeText());
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

    /** Every demo map: one band per level, bands apart, each step inside its own level's band. */
    @Test
    void everyDemoMapKeepsEachStepInsideItsOwnLevelsBand() throws Exception {
        List<Path> maps;
        try (var files = Files.list(TestSites.fylde().area().resolve("content/routemaps"))) {
            maps = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(maps.size() >= 8, "the demo's route maps: " + maps);
        for (Path file : maps) {
            String slug = file.getFileName().toString().replace(".md", "");
            // The demo's localities are not the fixture's; the map does not need them.
            String text = Files.readString(file).replaceAll("(?m)^locality:.*\\n", "");
            Site demo = TestSite.blank().text("routemaps/" + slug + ".md", text).site();
            Item map = demo.get("routemap", slug).orElseThrow();
            String svg = RouteMapSvg.render(RouteMap.of(map), demo);
            assertEquals(List.of(), levelProblems(svg), slug);
            // Rows are kept within the widest one, so every demo map fits the page's column at 1280 px without scrolling.
            double width = Double.parseDouble(Jsoup.parse(svg, "", Parser.xmlParser()).selectFirst("svg").attr("width"));
            assertTrue(width <= 990, slug + " is " + width + " wide");
        }
    }

    /** The arrows that once pulled steps out of their level: within a level, across two levels, and down a level. */
    @Test
    void arrowsWithinSkippingAndDownLevelsLeaveEveryStepInItsBand() {
        Site s = TestSite.blank().item("routemaps/tangled.md", Map.of("title", "Tangled", "summary", "A map whose arrows go every way.",
                "audience", List.of("young-people"), "route", "digital",
                "nodes", List.of(step("a", "entry", true), step("b", "entry", true), step("c", "2", false), step("d", "2", false),
                        step("e", "2", false), step("f", "3", false), step("g", "6", false), step("h", "6", false)),
                "edges", List.of(edge("a", "c"), edge("c", "d"), edge("c", "e"), edge("e", "d"), edge("b", "g"), edge("a", "f"),
                        edge("f", "e"), edge("g", "h"), edge("h", "f"), edge("d", "f")))).site();
        String svg = RouteMapSvg.render(RouteMap.of(s.get("routemap", "tangled").orElseThrow()), s);
        assertEquals(List.of(), levelProblems(svg));
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        assertEquals(List.of("entry", "2", "3", "6"), doc.select("rect.band").eachAttr("data-level"));
        assertEquals(10, doc.select("path.edge").size());
        // Arrows within level 2 stay inside level 2's band: their every point lies in it.
        double[] band2 = box(doc.selectFirst("rect.band[data-level=2]"));
        long inside = doc.select("path.edge").stream().map(p -> points(p.attr("d")))
                .filter(ps -> ps.stream().allMatch(p -> p[1] >= band2[1] && p[1] <= band2[1] + band2[3])).count();
        assertEquals(3, inside, "the three arrows between steps at level 2");
    }

    @Test
    void theLevelCheckFindsOverlappingBandsAndStrayStepsInTheOldLayout() {
        // The fixture map as the ELK layout drew it: Electrician and Plumber (level 3) in rows of their own.
        String old = """
                <svg xmlns="http://www.w3.org/2000/svg"><rect class="band" data-level="entry" x="0" y="200" width="500" height="100"/>
                <rect class="band" data-level="3" x="0" y="120" width="500" height="100"/>
                <g class="nodes" transform="translate(92 0)"><g class="node" data-level="entry"><rect x="0" y="228" width="150" height="64"/></g>
                <a class="node" data-level="3"><rect x="0" y="12" width="150" height="64"/></a></g></svg>""";
        assertEquals(List.of("bands entry and 3 overlap", "a step at level 3 (y 12 to 76) is outside its band (y 120 to 220)"), levelProblems(old));
    }

    /** What is wrong with the levels of a drawn map: bands that overlap or are missing, steps outside their band. */
    static List<String> levelProblems(String svgText) {
        Document svg = Jsoup.parse(svgText, "", Parser.xmlParser());
        List<String> problems = new java.util.ArrayList<>();
        Map<String, double[]> bands = new java.util.HashMap<>();
        for (Element band : svg.select("rect.band")) {
            double[] b = box(band);
            for (var other : bands.entrySet()) {
                double[] o = other.getValue();
                if (b[1] < o[1] + o[3] && o[1] < b[1] + b[3]) problems.add("bands " + other.getKey() + " and " + band.attr("data-level") + " overlap");
            }
            if (bands.put(band.attr("data-level"), b) != null) problems.add("two bands for level " + band.attr("data-level"));
        }
        for (Element step : svg.select(".node[data-level]")) {
            double[] s = box(step.selectFirst("rect")), b = bands.get(step.attr("data-level"));
            String where = "a step at level " + step.attr("data-level") + " (y " + n(s[1]) + " to " + n(s[1] + s[3]) + ")";
            if (b == null) problems.add(where + " has no band");
            else if (s[1] < b[1] || s[1] + s[3] > b[1] + b[3]) problems.add(where + " is outside its band (y " + n(b[1]) + " to " + n(b[1] + b[3]) + ")");
        }
        return problems;
    }

    private static String n(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static double[] box(Element rect) {
        return new double[] {Double.parseDouble(rect.attr("x")), Double.parseDouble(rect.attr("y")), Double.parseDouble(rect.attr("width")),
                Double.parseDouble(rect.attr("height"))};
    }

    private static List<double[]> points(String d) {
        List<double[]> out = new java.util.ArrayList<>();
        for (String p : d.replaceAll("[ML]", " ").trim().split("\\s+")) {
            String[] xy = p.split(",");
            out.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
        }
        return out;
    }

    private static Map<String, Object> step(String id, String level, boolean entry) {
        return entry ? Map.of("id", id, "level", level, "label", "Step " + id, "entry", true) : Map.of("id", id, "level", level, "label", "Step " + id);
    }

    private static Map<String, Object> edge(String from, String to) {
        return Map.of("from", from, "to", to);
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
