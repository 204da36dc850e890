package org.signpost.routemap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.signpost.content.Item;
import org.signpost.content.Site;

/**
 * Draws a laid-out route map as inline SVG: labelled level bands, arrows, and steps that link
 * to their pages, with starting salary on careers. It is readable in greyscale (shape and text,
 * not colour, carry meaning) and its links take keyboard focus.
 */
public final class RouteMapSvg {
    static final double BAND_LABEL = 80;
    static final double PAD = 12;
    static final int CHARS_PER_LINE = 20;

    private RouteMapSvg() {}

    public static String render(RouteMap map, Site site) {
        RouteMapLayout.Result layout = RouteMapLayout.layout(map);
        String id = "rm-" + map.item().slug();
        double width = BAND_LABEL + layout.width() + 2 * PAD;
        double height = layout.height() + 2 * PAD;
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"routemap-svg\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height)).append("\" role=\"group\" aria-labelledby=\"")
                .append(id).append("-title\">\n");
        svg.append("<title id=\"").append(id).append("-title\">Route map: ").append(Entities.escape(map.item().title())).append("</title>\n");
        svg.append("<desc>Steps from starting points at the bottom to higher levels at the top. Arrows show where each step can lead. The same steps are listed as text after the map.</desc>\n");
        svg.append("<defs><marker id=\"").append(id).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" class=\"arrow-head\"/></marker></defs>\n");
        bands(map, layout, width, svg);
        svg.append("<g class=\"edges\" transform=\"translate(").append(n(BAND_LABEL + PAD)).append(' ').append(n(PAD)).append(")\">\n");
        for (List<double[]> route : layout.edges()) {
            svg.append("<path class=\"edge\" marker-end=\"url(#").append(id).append("-arrow)\" d=\"");
            for (int i = 0; i < route.size(); i++) svg.append(i == 0 ? "M" : " L").append(n(route.get(i)[0])).append(',').append(n(route.get(i)[1]));
            svg.append("\"/>\n");
        }
        svg.append("</g>\n<g class=\"nodes\" transform=\"translate(").append(n(BAND_LABEL + PAD)).append(' ').append(n(PAD)).append(")\">\n");
        for (RouteMap.Node node : map.nodes()) {
            RouteMapLayout.Box box = layout.nodes().get(node.id());
            if (box != null) node(node, box, site, svg);
        }
        svg.append("</g>\n</svg>");
        return svg.toString();
    }

    /** One band per level that has steps, labelled at the left. */
    private static void bands(RouteMap map, RouteMapLayout.Result layout, double width, StringBuilder svg) {
        Map<String, double[]> extent = new LinkedHashMap<>();
        for (RouteMap.Node node : map.nodes()) {
            RouteMapLayout.Box b = layout.nodes().get(node.id());
            if (b == null) continue;
            extent.merge(node.level(), new double[] {b.y(), b.y() + b.h()}, (a, c) -> new double[] {Math.min(a[0], c[0]), Math.max(a[1], c[1])});
        }
        svg.append("<g class=\"bands\">\n");
        int i = 0;
        for (String level : RouteMap.LEVELS) {
            double[] e = extent.get(level);
            if (e == null) continue;
            double top = e[0] + PAD - 10, h = e[1] - e[0] + 20;
            svg.append("<rect class=\"band band-").append(i++ % 2 == 0 ? "even" : "odd").append("\" x=\"0\" y=\"").append(n(top))
                    .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(h)).append("\"/>\n");
            svg.append("<text class=\"band-label\" x=\"8\" y=\"").append(n(top + h / 2 + 5)).append("\">")
                    .append(level.equals("entry") ? "Start" : "Level " + level).append("</text>\n");
        }
        svg.append("</g>\n");
    }

    private static void node(RouteMap.Node node, RouteMapLayout.Box box, Site site, StringBuilder svg) {
        Item target = node.ref() == null ? null : site.find(node.ref(), List.of("career", "pathway", "apprenticeship")).orElse(null);
        String title = target != null ? target.title() : node.label() != null ? node.label() : node.id();
        List<String> lines = wrap(title);
        String salary = target != null ? salary(target) : null;
        String kind = target != null ? target.type().name() : node.entry() ? "entry" : "label";
        if (target != null) svg.append("<a href=\"").append(Entities.escape(target.url())).append("\" class=\"node node-").append(kind).append("\">");
        else svg.append("<g class=\"node node-").append(kind).append("\">");
        svg.append("<rect x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y())).append("\" width=\"").append(n(box.w()))
                .append("\" height=\"").append(n(box.h())).append("\" rx=\"").append(node.entry() ? "18" : "4").append("\"/>");
        // One text element, lines as tspans: screen readers and axe read it as one phrase, spaces kept.
        int rows = lines.size() + (salary == null ? 0 : 1);
        double x = box.x() + box.w() / 2, y = box.y() + box.h() / 2 - (rows - 1) * 9 + 5;
        svg.append("<text>");
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(n(x)).append("\" y=\"").append(n(y + i * 18)).append("\">").append(i > 0 ? " " : "").append(Entities.escape(lines.get(i))).append("</tspan>");
        }
        if (salary != null) {
            svg.append("<tspan class=\"salary\" x=\"").append(n(x)).append("\" y=\"").append(n(y + lines.size() * 18)).append("\"> ").append(salary).append("</tspan>");
        }
        svg.append("</text>");
        svg.append(target != null ? "</a>\n" : "</g>\n");
    }

    /** "From £25,000 a year" for careers with a starting salary. */
    static String salary(Item career) {
        Long from = career.number("salary_starter");
        return from == null ? null : String.format(Locale.UK, "From £%,d a year", from);
    }

    /** Up to two lines, breaking between words. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > CHARS_PER_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        if (lines.size() > 2) {
            String second = String.join(" ", lines.subList(1, lines.size()));
            lines = new ArrayList<>(List.of(lines.get(0), second.length() > CHARS_PER_LINE ? second.substring(0, CHARS_PER_LINE - 1) + "…" : second));
        }
        return lines;
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
    }

}
