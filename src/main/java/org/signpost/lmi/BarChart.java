package org.signpost.lmi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.signpost.html.Markup;
import org.signpost.html.TextLines;

/**
 * A small horizontal bar chart as accessible SVG: a title and description, and for each bar its
 * label and value on a line above it, the bar being talked about drawn darker and named in
 * words, so it reads in greyscale and without colour. No JavaScript. The chart has no viewBox:
 * it is as wide as its box and its bars are percentages of that, so text is drawn at its own
 * size (14 px) on a phone as on a desktop, never shrunk. Bars grow from a zero line, negative
 * values to its left. The markup is the template bar-chart.ftlh, escaped by Freemarker.
 */
public final class BarChart {
    static final int LINE = 18;
    static final int BAR = 16;
    static final int GAP = 14;
    /** Label characters a line: with the value beside it, a line fits a 320 px screen. */
    static final int CHARS_PER_LINE = 24;

    /** One bar; {@code highlight} marks the one the page is about. */
    public record Bar(String label, double value, boolean highlight) {}

    private BarChart() {}

    public static String svg(String id, String title, String description, List<Bar> bars, DoubleFunction<String> format) {
        return svg(id, title, description, bars, bars.stream().map(b -> format.apply(b.value())).toList());
    }

    /** The same chart with each bar's value written out, for values that are words (a suppressed count reads "fewer than 10"). */
    public static String svg(String id, String title, String description, List<Bar> bars, List<String> valueTexts) {
        double low = Math.min(0, bars.stream().mapToDouble(Bar::value).min().orElse(0));
        double high = Math.max(0, bars.stream().mapToDouble(Bar::value).max().orElse(0));
        double span = high - low == 0 ? 1 : high - low;
        List<Map<String, Object>> rows = new ArrayList<>();
        int y = 0;
        for (int n = 0; n < bars.size(); n++) {
            Bar b = bars.get(n);
            List<String> lines = TextLines.wrap(b.label(), CHARS_PER_LINE, 3);
            List<Map<String, Object>> tspans = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) tspans.add(Map.of("y", String.valueOf(y + 14 + i * LINE), "text", lines.get(i)));
            int barY = y + lines.size() * LINE + 4;
            double from = (Math.min(0, b.value()) - low) / span * 100, to = (Math.max(0, b.value()) - low) / span * 100;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("highlight", b.highlight());
            row.put("lines", tspans);
            row.put("value_y", String.valueOf(y + 14));
            row.put("value", valueTexts.get(n));
            row.put("bar_x", pc(from));
            row.put("bar_y", String.valueOf(barY));
            // A zero value still shows a sliver, so every row has a bar to see.
            row.put("bar_width", pc(Math.max(0.5, to - from)));
            row.put("bar_height", String.valueOf(BAR));
            row.put("negative", b.value() < 0);
            row.put("axis_y1", String.valueOf(barY - 3));
            row.put("axis_y2", String.valueOf(barY + BAR + 3));
            rows.add(row);
            y = barY + BAR + GAP;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", id);
        model.put("title", title);
        model.put("description", description);
        model.put("height", String.valueOf(Math.max(y - GAP + 2, 1)));
        model.put("zero", pc(-low / span * 100));
        model.put("bars", rows);
        return Markup.render("bar-chart.ftlh", model);
    }

    private static String pc(double v) {
        return String.format(Locale.ROOT, "%.2f%%", v);
    }
}
