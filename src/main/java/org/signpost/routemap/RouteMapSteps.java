package org.signpost.routemap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.signpost.content.Item;
import org.signpost.content.Site;
import org.signpost.html.Markup;

/**
 * The text version of a route map: levels from the bottom up, each with its steps, and for
 * each step the steps it leads to, as links. Screen readers get this, and so does anyone whose
 * browser shows no SVG. The markup is the template routemap-steps.ftlh, escaped by Freemarker.
 */
public final class RouteMapSteps {
    private RouteMapSteps() {}

    public static String render(RouteMap map, Site site) {
        List<Map<String, Object>> levels = new ArrayList<>();
        for (String level : RouteMap.LEVELS) {
            List<RouteMap.Node> here = map.nodes().stream().filter(n -> n.level().equals(level)).toList();
            if (here.isEmpty()) continue;
            List<Map<String, Object>> steps = new ArrayList<>();
            for (RouteMap.Node n : here) {
                List<Map<String, Object>> next = new ArrayList<>();
                for (RouteMap.Edge e : map.edges()) {
                    RouteMap.Node to = e.from().equals(n.id()) ? map.node(e.to()) : null;
                    if (to != null) next.add(Map.of("step", step(to, site), "sideways", e.sideways()));
                }
                steps.add(Map.of("step", step(n, site), "next", next));
            }
            levels.add(Map.of("label", level.equals("entry") ? "Starting points" : "Level " + level, "steps", steps));
        }
        return Markup.render("routemap-steps.ftlh", Map.of("id", headingId(map), "levels", levels));
    }

    /** The id of the list's heading, which the map's "View as a list" link jumps to. */
    public static String headingId(RouteMap map) {
        return Markup.id("steps-", map.item().slug());
    }

    private static Map<String, Object> step(RouteMap.Node n, Site site) {
        Item target = n.ref() == null ? null : site.find(n.ref(), List.of("career", "pathway", "apprenticeship")).orElse(null);
        Map<String, Object> step = new LinkedHashMap<>();
        if (target == null) {
            step.put("title", n.label() != null ? n.label() : n.id());
            return step;
        }
        step.put("title", target.title());
        step.put("url", target.url());
        String salary = RouteMapSvg.salary(target);
        if (salary != null) step.put("salary", salary.replace("From", "from"));
        return step;
    }
}
