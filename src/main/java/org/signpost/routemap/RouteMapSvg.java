package org.signpost.routemap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.signpost.content.Item;
import org.signpost.content.Site;
import org.signpost.html.Markup;
import org.signpost.html.TextLines;

/**
 * Draws a laid-out route map as inline SVG: labelled level bands, arrows, and steps that link
 * to their pages, with starting salary on careers. It is readable in greyscale (shape and text,
 * not colour, carry meaning) and its links take keyboard focus. The markup is the template
 * routemap-svg.ftlh (see {@link Markup}), so every value in it is escaped by Freemarker.
 */
public final class RouteMapSvg {
    static final double BAND_LABEL = 80;
    static final double PAD = 12;
    static final int CHARS_PER_LINE = 17;
    /** Baseline to baseline in a step: three lines of 14 px text fit its 64 units. */
    static final double LINE = 17;

    private RouteMapSvg() {}

    public static String render(RouteMap map, Site site) {
        RouteMapLayout.Result layout = RouteMapLayout.layout(map);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", Markup.id("rm-", map.item().slug()));
        model.put("title", map.item().title());
        model.put("width", n(BAND_LABEL + layout.width() + 2 * PAD));
        model.put("height", n(layout.height()));
        model.put("left", n(BAND_LABEL + PAD));
        List<Map<String, Object>> bands = new ArrayList<>();
        for (RouteMapLayout.Band b : layout.bands()) {
            bands.add(Map.of("level", b.level(), "parity", bands.size() % 2 == 0 ? "even" : "odd", "y", n(b.y()), "height", n(b.h()),
                    "label_y", n(b.y() + b.h() / 2 + 5), "label", b.level().equals("entry") ? "Start" : "Level " + b.level()));
        }
        model.put("bands", bands);
        List<String> edges = new ArrayList<>();
        for (List<double[]> route : layout.edges()) {
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < route.size(); i++) d.append(i == 0 ? "M" : " L").append(n(route.get(i)[0])).append(',').append(n(route.get(i)[1]));
            edges.add(d.toString());
        }
        model.put("edges", edges);
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (RouteMap.Node node : map.nodes()) {
            RouteMapLayout.Box box = layout.nodes().get(node.id());
            // A repeated id is drawn once, at its first step (check reports the second).
            if (box != null && map.node(node.id()) == node) nodes.add(node(node, box, site));
        }
        model.put("nodes", nodes);
        return Markup.render("routemap-svg.ftlh", model);
    }

    private static Map<String, Object> node(RouteMap.Node node, RouteMapLayout.Box box, Site site) {
        Item target = node.ref() == null ? null : site.find(node.ref(), List.of("career", "pathway", "apprenticeship")).orElse(null);
        String title = target != null ? target.title() : node.label() != null ? node.label() : node.id();
        String salary = target != null ? salary(target) : null;
        // Three rows fit a step: the name takes two when a salary line follows, else three.
        List<String> lines = TextLines.wrap(title, CHARS_PER_LINE, salary == null ? 3 : 2);
        Map<String, Object> m = new LinkedHashMap<>();
        if (target != null) m.put("href", target.url());
        m.put("kind", target != null ? target.type().name() : node.entry() ? "entry" : "label");
        m.put("level", node.level());
        m.put("x", n(box.x()));
        m.put("y", n(box.y()));
        m.put("w", n(box.w()));
        m.put("h", n(box.h()));
        m.put("rx", node.entry() ? "18" : "4");
        // One text element, lines as tspans: screen readers and axe read it as one phrase. The
        // spaces between lines sit between the tspans, outside the underlined name.
        int rows = lines.size() + (salary == null ? 0 : 1);
        double x = box.x() + box.w() / 2, y = box.y() + box.h() / 2 - (rows - 1) * LINE / 2 + 5;
        List<Map<String, Object>> tspans = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) tspans.add(Map.of("x", n(x), "y", n(y + i * LINE), "text", lines.get(i)));
        m.put("lines", tspans);
        if (salary != null) m.put("salary", Map.of("x", n(x), "y", n(y + lines.size() * LINE), "text", salary));
        return m;
    }

    /** "From £25,000 a year" for careers with a starting salary. */
    static String salary(Item career) {
        Long from = career.number("salary_starter");
        return from == null ? null : String.format(Locale.UK, "From £%,d a year", from);
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
    }

}
