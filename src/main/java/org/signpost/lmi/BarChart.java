package org.signpost.lmi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.signpost.html.Markup;

/**
 * A small horizontal bar chart as accessible SVG: a title and description, one labelled bar a
 * row with its value written beside it, and the bar being talked about drawn darker and named
 * in words, so it reads in greyscale and without colour. No JavaScript. The markup is the
 * template bar-chart.ftlh (see {@link Markup}), so every value in it is escaped by Freemarker.
 */
public final class BarChart {
    static final int WIDTH = 640;
    static final int LABEL = 190;
    static final int VALUES = 110;
    static final int ROW = 30;

    /** One bar; {@code highlight} marks the one the page is about. */
    public record Bar(String label, double value, boolean highlight) {}

    private BarChart() {}

    public static String svg(String id, String title, String description, List<Bar> bars, DoubleFunction<String> format) {
        double max = bars.stream().mapToDouble(Bar::value).map(Math::abs).max().orElse(1);
        double scale = (WIDTH - LABEL - VALUES) / (max == 0 ? 1 : max);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 5 + i * ROW;
            double w = Math.max(1, Math.abs(b.value()) * scale);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("highlight", b.highlight());
            row.put("label", b.label());
            row.put("label_x", String.valueOf(LABEL - 8));
            row.put("text_y", String.valueOf(y + 19));
            row.put("bar_x", String.valueOf(LABEL));
            row.put("bar_y", String.valueOf(y + 4));
            row.put("bar_width", num(w));
            row.put("bar_height", String.valueOf(ROW - 10));
            row.put("value_x", num(LABEL + w + 6));
            row.put("value", format.apply(b.value()));
            rows.add(row);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", id);
        model.put("title", title);
        model.put("description", description);
        model.put("width", String.valueOf(WIDTH));
        model.put("height", String.valueOf(bars.size() * ROW + 10));
        model.put("bars", rows);
        return Markup.render("bar-chart.ftlh", model);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

}
