package org.signpost.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.content.SiteFolders;

/**
 * The report from src/test/resources/analytics/known-answers.ndjson, whose counts were chosen by
 * hand (see the comments there): rounding (23 shows 25, 52 shows 50, 42 shows 40), primary
 * suppression (7, 9, 3) and secondary suppression (12 hidden beside 7; "astronaut" hidden beside the 3 other queries).
 */
class ImpactReportTest {
    static final Path EVENTS = Path.of("src/test/resources/analytics/known-answers.ndjson");
    static final LocalDate TODAY = LocalDate.of(2027, 10, 1);
    static final String PREFIX = "202526,Academic year,National,E92000001,England,";
    static final String SCHOOL = "202526,Academic year,School,E92000001,England,x,x,Not available,x,";

    @TempDir
    Path tmp;

    /** The fixture site with four schools, school holidays and an academic pathway added. */
    Path site() throws IOException {
        Path site = tmp.resolve("site");
        copy(Path.of("src/test/resources/sites/fixture"), site);
        Files.writeString(site.resolve("signpost.yml"), Files.readString(site.resolve("signpost.yml")) + """
                analytics:
                  school_holidays:
                    - {name: "October half term", from: 2025-10-27, to: 2025-10-31}
                    - {name: "Christmas", from: 2025-12-22, to: 2026-01-02}
                schools:
                  - {urn: "119701", name: "Seaview High School"}
                  - {urn: "119702", name: "Promenade Academy"}
                  - {urn: "119703", name: "Fylde Coast Sixth Form"}
                  - {urn: "119704", name: "Lytham Green School"}
                """);
        Files.writeString(site.resolve("content/pathways/sixth-form-science.md"), """
                ---
                title: "A levels in science"
                summary: "Two years of A levels at a sixth form."
                audience: [young-people]
                kind: sixth-form
                provider: "Riverside Sixth Form (sample)"
                level: 3
                duration: "2 years"
                entry_requirements: "5 GCSEs at grade 4 or above."
                leads_to: [electrician]
                sample: true
                ---
                ## What will I learn?

                Biology, chemistry and physics.
                """);
        return site;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path rel = from.relativize(p);
                if (rel.startsWith("expected")) continue;
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    ReportRun.Result run(Path site, Path out) throws Exception {
        return ReportRun.run(new NdjsonEvents(EVENTS, "known-answers.ndjson"), site == null ? null : SiteFolders.of(site), TODAY, null, out, false);
    }

    static List<String> csv(Path out, String file) throws IOException {
        return Files.readString(out.resolve(file)).lines().toList();
    }

    @Test
    void schoolsAreRoundedAndSuppressedWithUnknownUrnsKept() throws Exception {
        Path out = tmp.resolve("report");
        ReportRun.Result r = run(site(), out);
        assertEquals(new AcademicYear(2025), r.year());
        assertEquals(217, r.events());
        assertEquals(List.of(
                "time_period,time_identifier,geographic_level,country_code,country_name,old_la_code,new_la_code,la_name,school_laestab,school_urn,school_name,"
                        + "pageviews_count,visits_count,searches_count,videos_completed_count,routemap_steps_count,apply_clicks_count",
                SCHOOL + "119701,Seaview High School,25,15,15,c,0,0",
                SCHOOL + "119702,Promenade Academy,c,c,0,0,0,0",
                SCHOOL + "119703,Fylde Coast Sixth Form,c,c,0,0,0,10",
                SCHOOL + "119704,Lytham Green School,0,0,0,0,0,0",
                SCHOOL + "999001,Not available,40,0,0,0,0,0"), csv(out, "use-by-school.csv"));
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("School with URN 999001 <span class=\"mark\">Unknown school: this URN is not in signpost.yml</span>"), html);
        assertTrue(html.contains("<th scope=\"row\">All use</th><td>135</td><td>50</td>"), "totals are rounded from the true sums");
        assertTrue(html.contains("<td>fewer than 10</td>") && html.contains("<td>withheld</td>"));
        assertTrue(html.contains(Disclosure.RULE.substring(0, 40)), "the page says which rule applies");
        assertTrue(html.contains("Events from other school years are left out"));
    }

    @Test
    void campaignsMonthsAndPageKinds() throws Exception {
        Path out = tmp.resolve("report");
        run(site(), out);
        assertEquals(List.of("time_period,time_identifier,geographic_level,country_code,country_name,campaign,"
                        + "pageviews_count,visits_count,searches_count,videos_completed_count,routemap_steps_count,apply_clicks_count",
                PREFIX + "year11-options,25,15,15,c,0,0", PREFIX + "No campaign,110,40,0,0,15,10", PREFIX + "Total,135,50,15,c,15,10"),
                csv(out, "use-by-campaign.csv"));
        List<String> months = csv(out, "use-by-month.csv");
        assertEquals("time_period,time_identifier,geographic_level,country_code,country_name,month,pageviews_count,visits_count,active_schools_count,holiday_weekdays_count,school_holidays", months.get(0));
        assertEquals(PREFIX + "September,0,0,0,0,z", months.get(1));
        assertEquals(PREFIX + "October,80,30,2,5,October half term (27 October to 31 October)", months.get(2));
        assertEquals(PREFIX + "January,50,20,0,2,Christmas (22 December to 2 January)", months.get(5));
        assertEquals(PREFIX + "Total,135,50,2,15,z", months.get(13));
        assertEquals(List.of("time_period,time_identifier,geographic_level,country_code,country_name,content_type,pageviews_count",
                PREFIX + "career,90", PREFIX + "pathway,40", PREFIX + "Total,135"), csv(out, "page-views-by-content-type.csv"));
        assertEquals(List.of(PREFIX + "3,40", PREFIX + "Total,40"), csv(out, "page-views-by-level.csv").subList(1, 3));
    }

    @Test
    void videosSearchesAndRouteBalance() throws Exception {
        Path out = tmp.resolve("report");
        run(site(), out);
        assertEquals(List.of(PREFIX + "day-with-an-electrician,10,10,c,c,c,c", PREFIX + "Total,10,10,c,c,c,c"), csv(out, "video-completion.csv").subList(1, 3));
        List<String> searches = csv(out, "zero-result-searches.csv");
        assertEquals(4, searches.size());
        assertTrue(searches.get(1).startsWith(PREFIX + "astronaut,c,"), searches.get(1));
        assertFalse(searches.get(1).endsWith(",x"), "with --site every listed query has a suggestion");
        assertEquals(PREFIX + "Other queries,c,z", searches.get(2));
        assertEquals(PREFIX + "Total,15,z", searches.get(3));
        assertFalse(String.join("\n", searches).contains("rapper"), "a query searched fewer than 10 times is never named");
        assertEquals(List.of(PREFIX + "Technical,30,75,28", PREFIX + "Academic,10,25,65", PREFIX + "Total,40,100,z"),
                csv(out, "route-balance.csv").subList(1, 4));
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("Technical routes had 75% of views of route pages, against the 28%"), "the sentence sums up the chart");
        assertTrue(html.contains("1 September 2027"), "content past its review date is listed with its date");
    }

    @Test
    void withoutASitePathwaysCannotBeToldApartAndNamesAreUnknown() throws Exception {
        Path out = tmp.resolve("report");
        run(null, out);
        assertEquals(List.of(PREFIX + "Technical,0,x,28", PREFIX + "Academic,0,x,65", PREFIX + "Not known,40,x,z", PREFIX + "Total,40,x,z"),
                csv(out, "route-balance.csv").subList(1, 5));
        assertEquals(SCHOOL + "119701,Not available,25,15,15,c,0,0", csv(out, "use-by-school.csv").get(1));
        assertTrue(csv(out, "zero-result-searches.csv").get(1).endsWith(",astronaut,c,x"));
        assertTrue(Files.readString(out.resolve("index.html")).contains("Run it with --site"));
    }

    @Test
    void aBadLineStopsTheReportWithItsPlace() throws Exception {
        Path out = tmp.resolve("report");
        ReportRun.Refused e = assertThrows(ReportRun.Refused.class, () -> ReportRun.run(
                new NdjsonEvents(Path.of("src/test/resources/analytics/bad-lines.ndjson"), "bad-lines.ndjson"), null, TODAY, null, out, false));
        assertEquals(1, e.exitCode);
        assertEquals(List.of("bad-lines.ndjson:2:70: the line is not valid JSON",
                "bad-lines.ndjson:3:1: unknown event type 'click'",
                "bad-lines.ndjson:4:1: 'query' may not contain a digit or '@': it could be personal data",
                "bad-lines.ndjson:6:1: 'day' is missing",
                "signpost report: the events could not be read; no report was written"), e.lines);
        assertFalse(Files.exists(out.resolve("index.html")));
    }

    @Test
    void aHugeLineOrAFileThatIsNotTextIsRefusedInOneLine() throws Exception {
        Path huge = tmp.resolve("huge.ndjson");
        Files.writeString(huge, "{\"day\":\"" + "9".repeat(5_000_000) + "\"}\n");
        ReportRun.Refused e = assertThrows(ReportRun.Refused.class, () -> ReportRun.run(new NdjsonEvents(huge, "huge.ndjson"), null, TODAY, null, tmp.resolve("a"), false));
        assertEquals("huge.ndjson:1:1: the line is over 4160 characters; an event is far shorter", e.lines.get(0));
        Path binary = tmp.resolve("binary.ndjson");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        e = assertThrows(ReportRun.Refused.class, () -> ReportRun.run(new NdjsonEvents(binary, "binary.ndjson"), null, TODAY, null, tmp.resolve("b"), false));
        assertEquals("binary.ndjson:1:1: the file is not UTF-8 text", e.lines.get(0));
    }

    @Test
    void refusesAFolderOfOtherFilesAndABadYear() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(out.resolve("index.html"), "my own page");
        ReportRun.Refused e = assertThrows(ReportRun.Refused.class, () -> run(null, out));
        assertEquals(2, e.exitCode);
        assertTrue(e.lines.get(0).contains("the folder is not empty and holds no earlier report"), e.lines.get(0));
        assertEquals("my own page", Files.readString(out.resolve("index.html")));
        Path fresh = tmp.resolve("fresh");
        run(null, fresh);
        run(null, fresh); // an earlier report may be replaced
        ReportRun.Refused year = assertThrows(ReportRun.Refused.class, () -> ReportRun.run(new NdjsonEvents(EVENTS, "e"), null, TODAY, "2025-27", fresh, false));
        assertEquals("signpost report: --year is '2025-27', not a school year; write it as 2025-26", year.lines.get(0));
        ReportRun.run(new NdjsonEvents(EVENTS, "e"), null, TODAY, "2024-25", fresh, false);
        assertEquals(SCHOOL.replace("202526", "202425") + "119701,Not available,c,c,0,0,0,0", csv(fresh, "use-by-school.csv").get(1), "the year before holds one event");
    }

    @Test
    void aHolidayThatEndsBeforeItStartsIsRefused() throws Exception {
        Path site = site();
        Files.writeString(site.resolve("signpost.yml"), Files.readString(site.resolve("signpost.yml"))
                .replace("{name: \"Christmas\", from: 2025-12-22, to: 2026-01-02}", "{name: \"Christmas\", from: 2026-01-02, to: 2025-12-22}"));
        ReportRun.Refused e = assertThrows(ReportRun.Refused.class, () -> run(site, tmp.resolve("r")));
        assertEquals(List.of("signpost.yml:1:1: error: analytics.school_holidays: 'Christmas' ends on 2025-12-22, before it starts on 2026-01-02",
                "signpost report: the site has errors; run signpost check"), e.lines);
    }

    @Test
    void csvCellsAreQuotedAndNeverFormulas() {
        assertEquals("plain", TidyCsv.cell("plain"));
        assertEquals("\"a, b\"", TidyCsv.cell("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", TidyCsv.cell("say \"hi\""));
        assertEquals("'=hyperlink(x)", TidyCsv.cell("=hyperlink(x)"));
        assertEquals("'-x", TidyCsv.cell("-x"));
    }
}
