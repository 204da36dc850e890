package org.signpost.lmi;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.signpost.content.Item;
import org.signpost.content.Site;
import org.signpost.html.Markup;
import org.signpost.render.Day;
import org.signpost.render.Deps;
import org.signpost.render.ItemExtras;

/**
 * What the LMI tables say about a sector or a career, as charts with a sentence that sums each
 * one up, the data table, and the source and as-of date. Sector pages get jobs, growth, job
 * adverts by month and where the jobs are; career pages get pay against the local median.
 */
public final class LmiCharts implements ItemExtras {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final LmiData data;
    private final Site site;
    private final LmiNames names;

    public LmiCharts(LmiData data, Site site) {
        this.data = data;
        this.site = site;
        this.names = new LmiNames(site);
    }

    @Override
    public Map<String, Object> forItem(Item item, Deps deps) {
        List<Map<String, Object>> charts = switch (item.type().name()) {
            case "sector" -> sector(item);
            case "career" -> career(item);
            default -> List.of();
        };
        return charts.isEmpty() ? Map.of() : Map.of("charts", charts);
    }

    private List<Map<String, Object>> sector(Item sector) {
        String key = sector.string("lmi");
        String name = sector.title();
        String id = Markup.id("", sector.slug());
        List<Map<String, Object>> charts = new ArrayList<>();
        data.table("employment-by-sector").ifPresent(t -> {
            List<LmiTable.Row> rows = sorted(t.rows(), "jobs");
            int rank = indexOf(rows, "sector", key) + 1;
            if (rank == 0) return;
            double jobs = rows.get(rank - 1).number("jobs");
            String place = rank == 1 ? "the largest" : "the " + ordinal(rank) + " largest";
            String sentence = String.format(Locale.UK, "%s has %,d jobs %s, %s of %d sectors.", name, (long) jobs, here(t), place, rows.size());
            charts.add(chart(id + "-jobs", t, "Jobs by sector", sentence, bars(t, rows, "sector", "jobs", key), "Sector", "Jobs", LmiCharts::whole));
        });
        data.table("growth-by-sector").ifPresent(t -> {
            List<LmiTable.Row> rows = sorted(t.rows(), "growth_percent");
            int i = indexOf(rows, "sector", key);
            if (i < 0) return;
            double growth = rows.get(i).number("growth_percent");
            double average = rows.stream().mapToDouble(r -> r.number("growth_percent")).average().orElse(0);
            String pace = growth > average ? "faster than" : growth < average ? "slower than" : "the same as";
            String sentence = String.format(Locale.UK, "Jobs in %s are expected to %s by %s%% by 2031, %s the average for all sectors (%s%%).",
                    lower(name), growth >= 0 ? "grow" : "shrink", percent(Math.abs(growth)), pace, percent(average));
            charts.add(chart(id + "-growth", t, "Expected growth in jobs by 2031", sentence, bars(t, rows, "sector", "growth_percent", key),
                    "Sector", "Growth", v -> percent(v) + "%"));
        });
        data.table("vacancies-by-month").ifPresent(t -> {
            List<LmiTable.Row> rows = t.where("sector", key);
            if (rows.isEmpty()) return;
            List<BarChart.Bar> bars = new ArrayList<>();
            LmiTable.Row peak = rows.get(0);
            for (LmiTable.Row r : rows) {
                bars.add(new BarChart.Bar(month(r.text("month")), r.number("vacancies"), false));
                if (r.number("vacancies") > peak.number("vacancies")) peak = r;
            }
            double first = rows.get(0).number("vacancies"), last = rows.get(rows.size() - 1).number("vacancies");
            String trend = last > first * 1.05 ? "rose" : last < first * 0.95 ? "fell" : "stayed about the same";
            String sentence = String.format(Locale.UK, "Job adverts in %s %s over the year, from %,d in %s to %,d in %s. The busiest month was %s.",
                    lower(name), trend, (long) first, month(rows.get(0).text("month")), (long) last, month(rows.get(rows.size() - 1).text("month")), month(peak.text("month")));
            charts.add(chart(id + "-adverts", t, "Job adverts each month", sentence, bars, "Month", "Adverts", LmiCharts::whole));
        });
        data.table("jobs-by-town").ifPresent(t -> {
            List<LmiTable.Row> rows = sorted(t.where("sector", key), "jobs");
            if (rows.isEmpty()) return;
            String first = names.of(t, "town", rows.get(0).text("town"));
            String sentence = rows.size() > 1
                    ? String.format(Locale.UK, "Most %s jobs are in %s (%,d), then %s (%,d).", lower(name), first, (long) rows.get(0).number("jobs"),
                            names.of(t, "town", rows.get(1).text("town")), (long) rows.get(1).number("jobs"))
                    : String.format(Locale.UK, "Most %s jobs are in %s (%,d).", lower(name), first, (long) rows.get(0).number("jobs"));
            charts.add(chart(id + "-towns", t, "Where the jobs are", sentence, bars(t, rows, "town", "jobs", null), "Town", "Jobs", LmiCharts::whole));
        });
        return charts;
    }

    private List<Map<String, Object>> career(Item career) {
        String soc = career.string("soc");
        Optional<LmiTable> pay = data.table("pay-by-soc");
        if (soc.isEmpty() || pay.isEmpty()) return List.of();
        List<LmiTable.Row> job = pay.get().where("soc", soc), all = pay.get().where("soc", "all");
        if (job.isEmpty() || all.isEmpty()) return List.of();
        double mine = job.get(0).number("median_pay"), median = all.get(0).number("median_pay");
        String who = article(lower(career.title()));
        String compare = mine > median * 1.02 ? "above" : mine < median * 0.98 ? "below" : "about the same as";
        String sentence = String.format(Locale.UK, "Pay for %s %s is %s the %s median: £%,d a year, against £%,d for all jobs.",
                who, here(pay.get()), compare, pay.get().national() ? "national" : "local", (long) mine, (long) median);
        List<BarChart.Bar> bars = List.of(new BarChart.Bar(career.title() + " (this job)", mine, true), new BarChart.Bar("All jobs " + here(pay.get()), median, false));
        return List.of(chart(Markup.id("", career.slug()) + "-pay", pay.get(), "Median pay a year", sentence, bars, "Job", "Median pay", v -> "£" + whole(v)));
    }

    /** Where a table's figures are for: this area, or England when the area has no table of its own. */
    private static String here(LmiTable table) {
        return table.national() ? "in England" : "here";
    }

    private Map<String, Object> chart(String id, LmiTable table, String title, String sentence, List<BarChart.Bar> bars,
                                      String labelColumn, String valueColumn, java.util.function.DoubleFunction<String> format) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id);
        c.put("title", title);
        c.put("sentence", sentence);
        c.put("svg", BarChart.svg(id, title, sentence, bars, format));
        c.put("columns", List.of(labelColumn, valueColumn));
        c.put("rows", bars.stream().map(b -> List.of(b.label(), format.apply(b.value()))).toList());
        c.put("source", table.source());
        c.put("as_of", new Day(table.asOf()));
        c.put("sample", table.sample());
        // Said under the chart, so nobody takes national figures for local ones.
        c.put("national", table.national() ? "These are national figures: " + (site.config().locality().isEmpty() ? "this area" : site.config().locality())
                + " has no local figures for this yet." : "");
        return c;
    }

    private List<BarChart.Bar> bars(LmiTable table, List<LmiTable.Row> rows, String labelColumn, String valueColumn, String highlight) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (LmiTable.Row r : rows) {
            boolean mine = r.text(labelColumn).equals(highlight);
            bars.add(new BarChart.Bar(names.of(table, labelColumn, r.text(labelColumn)) + (mine ? " (this sector)" : ""), r.number(valueColumn), mine));
        }
        return bars;
    }

    private static List<LmiTable.Row> sorted(List<LmiTable.Row> rows, String column) {
        return rows.stream().sorted(Comparator.comparingDouble((LmiTable.Row r) -> -r.number(column)).thenComparing(r -> r.line())).toList();
    }

    private static int indexOf(List<LmiTable.Row> rows, String column, String value) {
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).text(column).equals(value)) return i;
        return -1;
    }

    private static String month(String yearMonth) {
        return YearMonth.parse(yearMonth).format(MONTH);
    }

    static String whole(double v) {
        return String.format(Locale.UK, "%,d", Math.round(v));
    }

    static String percent(double v) {
        return String.format(Locale.UK, "%.1f", v).replace(".0", "");
    }

    static String ordinal(int n) {
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) { case 1 -> "st"; case 2 -> "nd"; case 3 -> "rd"; default -> "th"; };
        return n + suffix;
    }

    /** Lower-cases the first letter unless the first word is an abbreviation (HGV driver, IT support). */
    static String lower(String title) {
        String first = title.split(" ")[0];
        return first.length() > 1 && first.equals(first.toUpperCase(Locale.UK)) ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    static String article(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 && !noun.startsWith("u") ? "an " : "a ") + noun;
    }
}
