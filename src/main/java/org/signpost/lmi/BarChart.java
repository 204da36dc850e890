package org.signpost.lmi;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.jsoup.nodes.Entities;

/**
 * A small horizontal bar chart as accessible SVG: a title and description, one labelled bar a
 * row with its value written beside it, and the bar being talked about drawn darker and named
 * in words, so it reads in greyscale and without colour. No JavaScript.
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
        int height = bars.size() * ROW + 10;
        StringBuilder s = new StringBuilder(2048);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\">\n");
        s.append("<title id=\"").append(id).append("-title\">").append(Entities.escape(title)).append("</title>\n");
        s.append("<desc id=\"").append(id).append("-desc\">").append(Entities.escape(description)).append("</desc>\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 5 + i * ROW;
            double w = Math.max(1, Math.abs(b.value()) * scale);
            s.append("<text class=\"chart-label").append(b.highlight() ? " chart-highlight" : "").append("\" x=\"").append(LABEL - 8)
                    .append("\" y=\"").append(y + 19).append("\">").append(Entities.escape(b.label())).append("</text>");
            s.append("<rect class=\"chart-bar").append(b.highlight() ? " chart-bar-highlight" : "").append("\" x=\"").append(LABEL)
                    .append("\" y=\"").append(y + 4).append("\" width=\"").append(num(w)).append("\" height=\"").append(ROW - 10).append("\"/>");
            s.append("<text class=\"chart-value").append(b.highlight() ? " chart-highlight" : "").append("\" x=\"").append(num(LABEL + w + 6))
                    .append("\" y=\"").append(y + 19).append("\">").append(Entities.escape(format.apply(b.value()))).append("</text>\n");
        }
        return s.append("</svg>").toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

}
