package org.signpost.lmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signpost.TestSite;
import org.signpost.content.Problems;
import org.signpost.content.Item;
import org.signpost.content.Site;
import org.signpost.html.InjectionScan;
import org.signpost.render.Deps;

/** Charts from the fixture's LMI tables: the sentence, the SVG's text alternative, the data table and the source. */
class LmiChartsTest {
    Site site;
    LmiCharts charts;

    @BeforeEach
    void load() {
        TestSite fixture = TestSite.fixture();
        site = fixture.site();
        Problems problems = new Problems();
        charts = new LmiCharts(LmiData.load(fixture.dir(), problems), site);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> chartsFor(String type, String slug) {
        return (List<Map<String, Object>>) charts.forItem(site.get(type, slug).orElseThrow(), new Deps()).get("charts");
    }

    @Test
    void aSectorGetsFourChartsEachSummedUpInASentence() {
        List<Map<String, Object>> list = chartsFor("sector", "construction");
        assertEquals(List.of("Jobs by sector", "Expected growth in jobs by 2031", "Job adverts each month", "Where the jobs are"),
                list.stream().map(c -> c.get("title")).toList());
        assertEquals(List.of(
                "Construction has 900 jobs here, the 2nd largest of 3 sectors.",
                "Jobs in construction are expected to grow by 5% by 2031, slower than the average for all sectors (6.8%).",
                "Job adverts in construction rose over the year, from 40 in September 2026 to 47 in November 2026. The busiest month was October 2026.",
                "Most construction jobs are in Townville (600), then Riverside (300)."),
                list.stream().map(c -> c.get("sentence")).toList());
        Map<String, Object> jobs = list.get(0);
        assertEquals(List.of(List.of("Care services", "1,200"), List.of("Construction (this sector)", "900"), List.of("Digital", "400")), jobs.get("rows"));
        assertEquals("Fixture figures.", jobs.get("source"));
        assertEquals("31 October 2026", jobs.get("as_of").toString());
        assertEquals(true, jobs.get("sample"));
    }

    @Test
    void theSvgIsAnImageWithATitleADescriptionAndTheBarWeMeanNamedInWords() {
        Map<String, Object> jobs = chartsFor("sector", "construction").get(0);
        Document svg = Jsoup.parse((String) jobs.get("svg"), "", Parser.xmlParser());
        assertEquals("img", svg.selectFirst("svg").attr("role"));
        assertEquals("Jobs by sector", svg.selectFirst("title").text());
        assertEquals(jobs.get("sentence"), svg.selectFirst("desc").text());
        assertEquals(3, svg.select("rect.chart-bar").size());
        assertEquals(1, svg.select("rect.chart-bar-highlight").size());
        assertTrue(svg.select("text.chart-highlight").eachText().contains("Construction (this sector)"));
    }

    @Test
    void aCareerComparesItsPayWithTheLocalMedian() {
        List<Map<String, Object>> list = chartsFor("career", "electrician");
        assertEquals(1, list.size());
        assertEquals("Pay for an electrician here is above the local median: £34,500 a year, against £27,600 for all jobs.", list.get(0).get("sentence"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHostileSlugOrTitleCannotAddMarkupToAChart() {
        for (Item real : List.of(site.get("career", "electrician").orElseThrow(), site.get("sector", "construction").orElseThrow())) {
            Map<String, Object> fields = new java.util.LinkedHashMap<>(real.fields());
            fields.put("title", "<svg onload=alert(1)>");
            Item hostile = new Item(real.type(), InjectionScan.HOSTILE_SLUG, real.url(), real.path(), fields, real.positions(), real.body(),
                    real.bodyLine(), real.references());
            for (Map<String, Object> chart : (List<Map<String, Object>>) charts.forItem(hostile, new Deps()).get("charts")) {
                String svg = (String) chart.get("svg");
                assertEquals(List.of(), InjectionScan.findings(svg, real.slug()));
                Document doc = Jsoup.parseBodyFragment(svg);
                for (String ref : doc.selectFirst("svg").attr("aria-labelledby").split(" ")) assertEquals(1, doc.select("[id=" + ref + "]").size(), ref);
                assertTrue(((String) chart.get("id")).matches("[a-z0-9_-]+"), (String) chart.get("id"));
            }
        }
    }

    @Test
    void aCareerWithNoPayFiguresGetsNoChart() {
        assertEquals(Map.of(), charts.forItem(site.get("career", "plumber").orElseThrow(), new Deps()));
    }

    @Test
    void negativeValuesAreDrawnLeftOfTheZeroLineAndPositiveOnesRightOfIt() {
        String svg = BarChart.svg("g", "Growth", "Growth by sector.", List.of(new BarChart.Bar("Retail", -4, false),
                new BarChart.Bar("Care services", 6, true), new BarChart.Bar("Flat", 0, false)), v -> LmiCharts.percent(v) + "%");
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        List<Element> bars = doc.select("rect.chart-bar");
        double zero = pc(doc.selectFirst("line.chart-axis").attr("x1"));
        assertEquals(40.0, zero, 0.01, "0 sits 4/10 of the way from -4 to 6");
        assertEquals(0.0, pc(bars.get(0).attr("x")), 0.01);
        assertEquals(zero, pc(bars.get(0).attr("x")) + pc(bars.get(0).attr("width")), 0.01, "the negative bar ends at the zero line");
        assertTrue(bars.get(0).hasClass("chart-bar-negative"));
        assertEquals(zero, pc(bars.get(1).attr("x")), 0.01, "the positive bar starts at the zero line");
        assertEquals(100.0, pc(bars.get(1).attr("x")) + pc(bars.get(1).attr("width")), 0.01);
        assertEquals(List.of("-4%", "6%", "0%"), doc.select("text.chart-value").eachText());
    }

    @Test
    void chartTextIsDrawnAtItsOwnSizeAndLongLabelsWrapRatherThanClip() {
        String svg = BarChart.svg("j", "Jobs", "Jobs.", List.of(new BarChart.Bar("Construction and the built environment (this sector)", 8600, true)),
                LmiCharts::whole);
        Element root = Jsoup.parse(svg, "", Parser.xmlParser()).selectFirst("svg");
        assertEquals("", root.attr("viewBox"), "no viewBox: nothing scales the 14 px text down on a phone");
        assertEquals("100%", root.attr("width"));
        assertEquals(List.of("Construction and the", "built environment (this", "sector)"), root.select("text.chart-label tspan").eachText());
        assertEquals("Construction and the built environment (this sector)", root.selectFirst("text.chart-label").text());
    }

    @Test
    void barsAreNamedBySectorPagesOrTheTablesNamesNeverByGuessingFromKeys() {
        List<Map<String, Object>> towns = chartsFor("sector", "construction");
        // "construction" is named by its sector page; "care" by names: in the table's .yml.
        assertEquals(List.of("Care services", "Construction (this sector)", "Digital"),
                ((List<List<String>>) (List<?>) towns.get(1).get("rows")).stream().map(r -> r.get(0)).sorted().toList());
    }

    private static double pc(String percent) {
        assertTrue(percent.endsWith("%"), percent);
        return Double.parseDouble(percent.substring(0, percent.length() - 1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAreaWithoutItsOwnPayFiguresShowsTheNationalOnesAndSaysSo() throws Exception {
        java.nio.file.Path hub = org.signpost.TestSites.sites().resolve("hub");
        for (String area : List.of("north", "south")) {
            org.signpost.content.SiteFolders folders = org.signpost.build.Areas.folders(hub, area);
            Site areaSite = new org.signpost.build.Build(folders, java.time.LocalDate.of(2026, 12, 3)).check().site();
            LmiCharts areaCharts = new LmiCharts(LmiData.load(folders, new Problems()), areaSite);
            Map<String, Object> pay = ((List<Map<String, Object>>) areaCharts.forItem(areaSite.get("career", "electrician").orElseThrow(), new Deps()).get("charts")).get(0);
            if (area.equals("north")) { // its own table
                assertEquals("Pay for an electrician here is above the local median: £36,200 a year, against £27,600 for all jobs.", pay.get("sentence"));
                assertEquals("", pay.get("national"));
            } else {
                assertEquals("Pay for an electrician in England is above the national median: £34,500 a year, against £27,600 for all jobs.", pay.get("sentence"));
                assertEquals("These are national figures: Riverside has no local figures for this yet.", pay.get("national"));
            }
        }
    }
}
