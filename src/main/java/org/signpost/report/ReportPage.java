package org.signpost.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.signpost.html.Markup;

/** Writes the report folder: index.html, report.css and each table's CSV with its .meta.csv. */
final class ReportPage {
    private ReportPage() {}

    /** The files of the report, by name, in order. */
    static Map<String, byte[]> files(ImpactReport report, String siteName) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", Markup.render("report.ftlh", model(report, siteName)).getBytes(StandardCharsets.UTF_8));
        try (InputStream css = ReportPage.class.getResourceAsStream("/org/signpost/report/report.css")) {
            files.put("report.css", css.readAllBytes());
        }
        for (ReportTable t : report.tables) {
            files.put(t.csvFile(), TidyCsv.data(t, report.year).getBytes(StandardCharsets.UTF_8));
            files.put(t.csvFile().replace(".csv", ".meta.csv"), TidyCsv.meta(t).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** Writes the files into {@code dir}, creating it; only these files are written or replaced. */
    static void write(Map<String, byte[]> files, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (var f : files.entrySet()) {
            Path tmp = dir.resolve("." + f.getKey() + ".tmp");
            Files.write(tmp, f.getValue());
            Files.move(tmp, dir.resolve(f.getKey()), java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    static Map<String, Object> model(ImpactReport r, String siteName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", siteName);
        m.put("title", "Impact report, school year " + r.year.label());
        String period = r.tally.firstDay == null ? "No events in this school year."
                : "Events from " + r.tally.firstDay.format(ImpactReport.DAY) + " to " + r.tally.lastDay.format(ImpactReport.DAY)
                + " (the school year runs from " + r.year.first().format(ImpactReport.DAY) + " to " + r.year.last().format(ImpactReport.DAY) + ").";
        m.put("period", period);
        List<String> notes = new ArrayList<>();
        if (r.leftOut > 0) notes.add("Events from other school years are left out. Run the report with --year to see another year.");
        if (!r.facts.hasSite()) notes.add("This report was made from the events alone. Run it with --site to add school names, school holidays, "
                + "search suggestions, route balance and content freshness.");
        m.put("notes", notes);
        List<Map<String, String>> headlines = new ArrayList<>();
        r.headlines.forEach((k, v) -> headlines.add(Map.of("label", k, "value", v)));
        m.put("headlines", headlines);
        m.put("rule", Disclosure.RULE);
        List<Map<String, Object>> tables = new ArrayList<>();
        for (ReportTable t : r.tables) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("id", t.id());
            tm.put("heading", t.heading());
            tm.put("sentence", t.sentence());
            if (t.svg() != null) tm.put("svg", t.svg());
            tm.put("csv", t.csvFile());
            List<String> columns = new ArrayList<>();
            columns.add(t.level() == ReportTable.Level.SCHOOL ? "School" : t.filters().get(0).label());
            t.indicators().forEach(c -> columns.add(c.label()));
            tm.put("columns", columns);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ReportTable.Row row : t.rows()) {
                Map<String, Object> rm = new LinkedHashMap<>();
                rm.put("label", row.label());
                if (row.mark() != null) rm.put("mark", row.mark());
                rm.put("values", row.values().stream().map(ReportTable.Value::text).toList());
                rm.put("total", row.total());
                rows.add(rm);
            }
            tm.put("rows", rows);
            tables.add(tm);
        }
        m.put("tables", tables);
        m.put("hasSite", r.facts.hasSite());
        m.put("overdue", r.facts.overdue(r.today).stream().map(o -> Map.of("title", o.title(), "url", o.url(),
                "review_by", o.reviewBy().format(ImpactReport.DAY), "days", Long.toString(ChronoUnit.DAYS.between(o.reviewBy(), r.today)))).toList());
        m.put("lmi", r.facts.lmiTables().stream().map(t -> Map.of("title", t.title(), "as_of", t.asOf().format(ImpactReport.DAY),
                "source", t.source() + (t.sample() ? " (sample figures)" : ""))).toList());
        List<Map<String, String>> definitions = new ArrayList<>();
        Definitions.TERMS.forEach((k, v) -> definitions.add(Map.of("term", k, "text", v)));
        m.put("definitions", definitions);
        m.put("made", r.today.format(ImpactReport.DAY));
        return m;
    }
}
