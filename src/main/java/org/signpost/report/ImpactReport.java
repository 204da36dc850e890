package org.signpost.report;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.signpost.analytics.Event;
import org.signpost.lmi.BarChart;
import org.signpost.report.Disclosure.Cell;
import org.signpost.report.ReportTable.Column;
import org.signpost.report.ReportTable.Level;
import org.signpost.report.ReportTable.Row;
import org.signpost.report.ReportTable.Value;

/**
 * The impact report for one school year: every table protected by {@link Disclosure}, with the
 * sentence that sums it up and its chart. Sentences use only figures the table shows.
 */
final class ImpactReport {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** What students said their careers guidance covered (Stoke-on-Trent and Staffordshire, 2022): 64.87% academic, 28.34% vocational. */
    static final int BASELINE_TECHNICAL = 28, BASELINE_ACADEMIC = 65;
    /** A school is active in a month with at least this many visits. */
    static final int ACTIVE_VISITS = 10;

    private static final List<Column> MEASURES = List.of(
            new Column("pageviews_count", "Page views"), new Column("visits_count", "Visits"), new Column("searches_count", "Searches"),
            new Column("videos_completed_count", "Videos completed"), new Column("routemap_steps_count", "Route-map steps"),
            new Column("apply_clicks_count", "Apply clicks"));

    final AcademicYear year;
    final Tally tally;
    final SiteFacts facts;
    final LocalDate today;
    final long leftOut;
    final List<ReportTable> tables = new ArrayList<>();
    final Map<String, String> headlines = new LinkedHashMap<>();

    ImpactReport(AcademicYear year, Tally tally, SiteFacts facts, LocalDate today, long leftOut) {
        this.year = year;
        this.tally = tally;
        this.facts = facts;
        this.today = today;
        this.leftOut = leftOut;
        ReportTable schools = bySchool(), campaigns = byCampaign(), months = byMonth(), videos = videos(), balance = routeBalance();
        ReportTable searches = zeroResults();
        tables.addAll(List.of(schools, campaigns, months,
                views("content-type", "Page views by type of page", "Type of page", "content_type", tally.viewsByContentType, facts::contentTypeLabel),
                views("route", "Page views by occupational route", "Route", "route", tally.viewsByRoute, facts::routeLabel),
                views("level", "Page views by level", "Level", "level", sortedLevels(), l -> l.matches("\\d") ? "Level " + l : l),
                videos, searches, balance));
        Cell views = Disclosure.count(tally.pageViews), visits = Disclosure.count(tally.visits);
        headlines.put("Page views", views.text());
        headlines.put("Visits", visits.text());
        headlines.put("Schools with an active month", Long.toString(activeSchools(-1)));
        headlines.put("Searches that found nothing", Disclosure.percent(Disclosure.count(tally.zeroResultSearches), Disclosure.count(tally.searches), false)
                + " of " + Disclosure.count(tally.searches).text() + " searches");
        headlines.put("Engagement", Disclosure.count(tally.engagementActions()).text() + " actions, "
                + per100(Disclosure.count(tally.engagementActions()), views) + " for every 100 page views");
    }

    // ---- Use by school and by campaign ----

    private ReportTable bySchool() {
        List<String> urns = new ArrayList<>(facts.schools.keySet());
        tally.bySchool.keySet().stream().filter(u -> !u.isEmpty() && !facts.schools.containsKey(u)).sorted().forEach(urns::add);
        boolean direct = tally.bySchool.containsKey(Tally.NONE);
        if (direct) urns.add(Tally.NONE);
        Cell[][] t = Disclosure.protect(body(urns, tally.bySchool), MEASURES.size(), false, true);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < urns.size(); i++) {
            String urn = urns.get(i), name = facts.schools.get(urn);
            if (urn.isEmpty()) rows.add(new Row(null, "No school code (the site used directly)", null, values(t[i]), false));
            else if (name != null) rows.add(new Row(List.of(urn, name), name, null, values(t[i]), false));
            else rows.add(new Row(List.of(urn, "Not available"), "School with URN " + urn,
                    facts.hasSite() ? "Unknown school: this URN is not in signpost.yml" : "Name not known: run the report with --site", values(t[i]), false));
        }
        rows.add(new Row(null, "All use", null, values(t[urns.size()]), true));
        String sentence = top(rows, 0, "page views", "Of the figures shown, %s had the most page views: %s.", "No school has enough page views to show.");
        if (!facts.schools.isEmpty()) sentence += " " + activeSchools(-1) + " of the " + facts.schools.size() + " schools in signpost.yml had at least one active month.";
        return new ReportTable("schools", "Use by school", sentence, "use-by-school.csv", Level.SCHOOL, List.of(), MEASURES, rows,
                chart("schools", "Page views by school", sentence, rows, 0));
    }

    private ReportTable byCampaign() {
        List<String> keys = new ArrayList<>(tally.byCampaign.keySet());
        keys.remove(Tally.NONE);
        if (tally.byCampaign.containsKey(Tally.NONE)) keys.add(Tally.NONE);
        Cell[][] t = Disclosure.protect(body(keys, tally.byCampaign), MEASURES.size(), false, true);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            rows.add(new Row(List.of(k.isEmpty() ? "No campaign" : k), k.isEmpty() ? "No campaign" : k, null, values(t[i]), false));
        }
        rows.add(new Row(List.of("Total"), "All use", null, values(t[keys.size()]), true));
        String sentence = top(rows, 0, "page views", "Of the campaigns shown, %s brought the most page views: %s.", "No campaign has enough page views to show.");
        return new ReportTable("campaigns", "Use by campaign", sentence, "use-by-campaign.csv", Level.NATIONAL,
                List.of(new Column("campaign", "Campaign")), MEASURES, rows, chart("campaigns", "Page views by campaign", sentence, rows, 0));
    }

    private static long[][] body(List<String> keys, Map<String, long[]> counts) {
        long[][] body = new long[keys.size()][];
        for (int i = 0; i < keys.size(); i++) body[i] = counts.getOrDefault(keys.get(i), new long[Tally.Measure.values().length]).clone();
        return body;
    }

    // ---- By month, with school holidays ----

    private ReportTable byMonth() {
        long[][] body = new long[12][];
        for (int m = 0; m < 12; m++) body[m] = new long[] {tally.viewsByMonth[m], tally.visitsByMonth[m]};
        Cell[][] t = Disclosure.protect(body, false, true);
        List<Row> rows = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            LocalDate first = year.first().plusMonths(m), last = first.plusMonths(1).minusDays(1);
            String holidays = holidaysIn(first, last);
            String monthName = first.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
            List<Value> v = new ArrayList<>(values(t[m]));
            v.add(Value.words(Long.toString(activeSchools(m))));
            v.add(Value.words(Long.toString(holidayWeekdays(first, last))));
            v.add(holidays.isEmpty() ? new Value("z", "None") : Value.words(holidays));
            rows.add(new Row(List.of(monthName), monthName + " " + first.getYear(), null, v, false));
        }
        List<Value> total = new ArrayList<>(values(t[12]));
        total.add(Value.words(Long.toString(activeSchools(-1))));
        total.add(Value.words(Long.toString(holidayWeekdays(year.first(), year.last()))));
        total.add(new Value("z", ""));
        rows.add(new Row(List.of("Total"), "The whole year", null, total, true));
        String sentence = top(rows, 0, "page views", "Of the months shown, %s had the most page views: %s.", "No month has enough page views to show.")
                + (facts.holidays.isEmpty() ? " No school holidays are set (analytics.school_holidays in signpost.yml)." : " Each month says how many of its weekdays were school holidays.");
        List<Column> indicators = List.of(MEASURES.get(0), MEASURES.get(1), new Column("active_schools_count", "Active schools"),
                new Column("holiday_weekdays_count", "Weekdays of school holiday"), new Column("school_holidays", "School holidays"));
        List<BarChart.Bar> bars = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Row r : rows) if (!r.total()) {
            String days = r.values().get(3).csv();
            bars.add(new BarChart.Bar(r.label() + (days.equals("0") ? "" : " (" + days + (days.equals("1") ? " holiday weekday)" : " holiday weekdays)")), chartValue(r, 0), false));
            texts.add(r.values().get(0).text());
        }
        return new ReportTable("months", "Use by month", sentence, "use-by-month.csv", Level.NATIONAL, List.of(new Column("month", "Month")),
                indicators, rows, BarChart.svg("chart-months", "Page views by month", sentence, bars, texts));
    }

    /** Holidays that overlap a month, with their dates. */
    private String holidaysIn(LocalDate first, LocalDate last) {
        List<String> names = new ArrayList<>();
        DateTimeFormatter short_ = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
        for (SiteFacts.Holiday h : facts.holidays) {
            if (!h.to().isBefore(first) && !h.from().isAfter(last)) names.add(h.name() + " (" + h.from().format(short_) + " to " + h.to().format(short_) + ")");
        }
        return String.join("; ", names);
    }

    /** Weekdays from first to last (both included) inside a school holiday. */
    private long holidayWeekdays(LocalDate first, LocalDate last) {
        long n = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() >= 6) continue;
            LocalDate day = d;
            if (facts.holidays.stream().anyMatch(h -> !day.isBefore(h.from()) && !day.isAfter(h.to()))) n++;
        }
        return n;
    }

    /** Schools with at least {@value #ACTIVE_VISITS} visits in a month (m from 0, September), or in any month (m = -1). */
    long activeSchools(int m) {
        return tally.visitsBySchoolMonth.values().stream().filter(v -> {
            if (m >= 0) return v[m] >= ACTIVE_VISITS;
            for (long x : v) if (x >= ACTIVE_VISITS) return true;
            return false;
        }).count();
    }

    // ---- Page views by content type, route and level ----

    private ReportTable views(String id, String heading, String label, String csvColumn, Map<String, Long> counts, java.util.function.Function<String, String> name) {
        List<String> keys = new ArrayList<>(counts.keySet());
        if (!id.equals("level")) keys.sort(Comparator.comparing((String k) -> hiddenAlone(counts.get(k))).thenComparing(k -> -Disclosure.round(counts.get(k))).thenComparing(k -> k));
        long[][] body = new long[keys.size()][];
        for (int i = 0; i < keys.size(); i++) body[i] = new long[] {counts.get(keys.get(i))};
        Cell[][] t = Disclosure.protect(body, 1, false, true);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) rows.add(new Row(List.of(keys.get(i).isEmpty() ? "Not available" : keys.get(i)), name.apply(keys.get(i)), null, values(t[i]), false));
        rows.add(new Row(List.of("Total"), id.equals("content-type") ? "All page views" : "Total (a page on two " + (id.equals("route") ? "routes" : "levels") + " counts under each)",
                null, values(t[keys.size()]), true));
        String sentence = top(rows, 0, "page views", "Of the figures shown, %s had the most page views: %s.", "None has enough page views to show.");
        return new ReportTable(id, heading, sentence, "page-views-by-" + id + ".csv", Level.NATIONAL, List.of(new Column(csvColumn, label)),
                List.of(MEASURES.get(0)), rows, chart(id, heading, sentence, rows, 0));
    }

    /** Largest first by rounded count, small counts last in name order, so the order tells nothing a rounded count does not. */
    private static boolean hiddenAlone(long n) {
        return n > 0 && n < Disclosure.FEWER_THAN;
    }

    private Map<String, Long> sortedLevels() {
        Map<String, Long> m = new java.util.TreeMap<>(Comparator.comparing((String l) -> l.matches("\\d+") ? Integer.parseInt(l) : -1).thenComparing(l -> l));
        m.putAll(tally.viewsByLevel);
        return m;
    }

    // ---- Videos ----

    private ReportTable videos() {
        List<String> slugs = new ArrayList<>(tally.videos.keySet());
        long[][] body = new long[slugs.size()][];
        for (int i = 0; i < slugs.size(); i++) body[i] = tally.videos.get(slugs.get(i)).clone();
        Cell[][] t = Disclosure.protect(body, Event.MILESTONES.size(), false, true);
        List<Column> columns = List.of(new Column("started_count", "Started"), new Column("reached_25_percent_count", "Reached 25%"),
                new Column("reached_50_percent_count", "Reached 50%"), new Column("reached_75_percent_count", "Reached 75%"),
                new Column("completed_count", "Completed"), new Column("completion_percent", "Completion rate"));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i <= slugs.size(); i++) {
            List<Value> v = new ArrayList<>(values(t[i]));
            Cell start = t[i][0], done = t[i][4];
            v.add(new Value(Disclosure.percent(done, start, true), Disclosure.percent(done, start, false)));
            boolean total = i == slugs.size();
            rows.add(total ? new Row(List.of("Total"), "All videos", null, v, true) : new Row(List.of(slugs.get(i)), facts.videoTitle(slugs.get(i)), null, v, false));
        }
        Row all = rows.get(rows.size() - 1);
        String sentence = all.values().get(0).csv().matches("\\d+") && !all.values().get(0).csv().equals("0")
                ? "Of the videos started, " + all.values().get(5).text() + " were watched to the end."
                : "Too few videos were played to show how far people watched.";
        List<BarChart.Bar> bars = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Cell started = t[slugs.size()][0];
        for (int k = 0; k < Event.MILESTONES.size(); k++) {
            Cell c = t[slugs.size()][k];
            String pc = Disclosure.percent(c, started, false);
            bars.add(new BarChart.Bar(columns.get(k).label(), pc.endsWith("%") ? Double.parseDouble(pc.replace("%", "")) : 0, k == 4));
            texts.add(pc);
        }
        return new ReportTable("videos", "How far people watch videos", sentence, "video-completion.csv", Level.NATIONAL,
                List.of(new Column("video", "Video")), columns, rows,
                BarChart.svg("chart-videos", "Share of video plays reaching each point", sentence, bars, texts));
    }

    // ---- Zero-result searches ----

    private ReportTable zeroResults() {
        List<Map.Entry<String, Long>> often = tally.zeroResultQueries.entrySet().stream().filter(e -> e.getValue() >= Disclosure.FEWER_THAN)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
        long rare = tally.zeroResultQueries.values().stream().filter(n -> n < Disclosure.FEWER_THAN).mapToLong(Long::longValue).sum();
        long[][] body = new long[often.size() + 1][];
        for (int i = 0; i < often.size(); i++) body[i] = new long[] {often.get(i).getValue()};
        body[often.size()] = new long[] {rare};
        Cell[][] t = Disclosure.protect(body, false, true);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < often.size(); i++) {
            String q = often.get(i).getKey(), s = facts.suggestion(q);
            rows.add(new Row(List.of(q), q, null, List.of(Value.of(t[i][0]), s == null ? new Value("x", "Run the report with --site for a suggestion") : Value.words(s)), false));
        }
        rows.add(new Row(List.of("Other queries"), "Other queries (not listed)", null,
                List.of(Value.of(t[often.size()][0]), new Value("z", "")), false));
        rows.add(new Row(List.of("Total"), "All searches that found nothing", null, List.of(Value.of(t[often.size() + 1][0]), new Value("z", "")), true));
        String sentence = often.isEmpty() ? "No query that found nothing was searched 10 times or more."
                : often.size() + (often.size() == 1 ? " query" : " queries") + " found nothing and " + (often.size() == 1 ? "was" : "were")
                + " searched 10 times or more. The most searched was \"" + often.get(0).getKey() + "\".";
        sentence += " Queries searched fewer than 10 times are counted together and not listed, as they could be one person's words.";
        return new ReportTable("searches", "Searches that found nothing", sentence, "zero-result-searches.csv", Level.NATIONAL,
                List.of(new Column("query", "Query")), List.of(new Column("searches_count", "Searches"), new Column("suggestion", "Suggested fix")), rows, null);
    }

    // ---- Route balance ----

    private ReportTable routeBalance() {
        long[] kinds = new long[3]; // technical, academic, not known
        tally.viewsByPath.forEach((path, n) -> {
            switch (facts.routeKind(path, tally.contentTypeOf(path))) {
                case TECHNICAL -> kinds[0] += n;
                case ACADEMIC -> kinds[1] += n;
                case UNKNOWN -> kinds[2] += n;
                default -> { }
            }
        });
        boolean known = facts.hasSite();
        long[][] body = known ? new long[][] {{kinds[0]}, {kinds[1]}} : new long[][] {{kinds[0]}, {kinds[1]}, {kinds[2]}};
        Cell[][] t = Disclosure.protect(body, false, true);
        Cell both = Disclosure.count(t[0][0].raw() + t[1][0].raw());
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(List.of("Technical"), "Technical routes (apprenticeships, T Levels, college courses and other technical pathways)", null,
                List.of(Value.of(t[0][0]), share(t[0][0], t, known), new Value(Integer.toString(BASELINE_TECHNICAL), BASELINE_TECHNICAL + "%")), false));
        rows.add(new Row(List.of("Academic"), "Academic routes (sixth form, degrees and foundation years)", null,
                List.of(Value.of(t[1][0]), share(t[1][0], t, known), new Value(Integer.toString(BASELINE_ACADEMIC), BASELINE_ACADEMIC + "%")), false));
        if (!known) rows.add(new Row(List.of("Not known"), "Pathways (academic or technical: run the report with --site to tell)", null,
                List.of(Value.of(t[2][0]), new Value("x", "not available"), new Value("z", "")), false));
        rows.add(new Row(List.of("Total"), "All route pages", null, List.of(Value.of(t[body.length][0]), new Value(known ? "100" : "x", known ? "100%" : "not available"), new Value("z", "")), true));
        String tech = Disclosure.percent(t[0][0], both, false);
        String sentence = known && tech.endsWith("%")
                ? "Technical routes had " + tech + " of views of route pages, against the " + BASELINE_TECHNICAL + "% of careers guidance students said was about them."
                : known ? "Too few route pages were viewed to show the balance." : "Without --site, pathways cannot be told apart, so the balance is not available.";
        List<BarChart.Bar> bars = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        String acad = Disclosure.percent(t[1][0], both, false);
        bars.add(new BarChart.Bar("Technical routes: views on this site", known && tech.endsWith("%") ? Double.parseDouble(tech.replace("%", "")) : 0, true));
        texts.add(known ? tech : "not available");
        bars.add(new BarChart.Bar("Technical routes: what guidance covered (2022)", BASELINE_TECHNICAL, false));
        texts.add(BASELINE_TECHNICAL + "%");
        bars.add(new BarChart.Bar("Academic routes: views on this site", known && acad.endsWith("%") ? Double.parseDouble(acad.replace("%", "")) : 0, true));
        texts.add(known ? acad : "not available");
        bars.add(new BarChart.Bar("Academic routes: what guidance covered (2022)", BASELINE_ACADEMIC, false));
        texts.add(BASELINE_ACADEMIC + "%");
        return new ReportTable("balance", "Technical and academic routes", sentence, "route-balance.csv", Level.NATIONAL,
                List.of(new Column("route_kind", "Kind of route")),
                List.of(new Column("pageviews_count", "Page views"), new Column("pageviews_percent", "Share of views"),
                        new Column("guidance_baseline_percent", "Share of guidance, 2022 survey")), rows,
                BarChart.svg("chart-balance", "Share of route-page views against careers guidance", sentence, bars, texts));
    }

    private static Value share(Cell part, Cell[][] t, boolean known) {
        if (!known) return new Value("x", "not available");
        Cell both = Disclosure.count(t[0][0].raw() + t[1][0].raw());
        return new Value(Disclosure.percent(part, both, true), Disclosure.percent(part, both, false));
    }

    // ---- Helpers ----

    private static List<Value> values(Cell[] row) {
        List<Value> v = new ArrayList<>();
        for (Cell c : row) v.add(Value.of(c));
        return v;
    }

    private static double chartValue(Row r, int column) {
        String csv = r.values().get(column).csv();
        return csv.matches("\\d+") ? Double.parseDouble(csv) : 0;
    }

    /** The row with the largest shown figure in a column, in a sentence; never a hidden one. */
    private static String top(List<Row> rows, int column, String what, String found, String none) {
        Row best = null;
        for (Row r : rows) if (!r.total() && r.keys() != null && !r.label().startsWith("No ") && r.values().get(column).csv().matches("\\d+") && (best == null || chartValue(r, column) > chartValue(best, column))) best = r;
        return best == null || chartValue(best, column) == 0 ? none : String.format(Locale.UK, found, best.label(), best.values().get(column).text());
    }

    private static String chart(String id, String title, String sentence, List<Row> rows, int column) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Row r : rows) if (!r.total()) {
            bars.add(new BarChart.Bar(r.label() + (r.mark() != null ? " (unknown)" : ""), chartValue(r, column), false));
            texts.add(r.values().get(column).text());
        }
        return BarChart.svg("chart-" + id, title, sentence, bars, texts);
    }

    private static String per100(Cell part, Cell whole) {
        if (!part.shown() || !whole.shown() || whole.published() == 0) return "not available";
        return String.format(Locale.UK, "%.0f", 100.0 * part.published() / whole.published());
    }

    static String month(Month m) {
        return m.getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
