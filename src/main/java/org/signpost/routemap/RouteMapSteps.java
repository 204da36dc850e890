package org.signpost.routemap;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.signpost.content.Item;
import org.signpost.content.Site;

/**
 * The text version of a route map: levels from the bottom up, each with its steps, and for
 * each step the steps it leads to, as links. Screen readers get this, and so does anyone whose
 * browser shows no SVG.
 */
public final class RouteMapSteps {
    private RouteMapSteps() {}

    public static String render(RouteMap map, Site site) {
        String id = "steps-" + map.item().slug();
        StringBuilder html = new StringBuilder(4096);
        html.append("<section class=\"routemap-steps\" aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id)
                .append("\">Steps on this map, from the start</h2>\n<ol class=\"levels\">\n");
        for (String level : RouteMap.LEVELS) {
            List<RouteMap.Node> here = map.nodes().stream().filter(n -> n.level().equals(level)).toList();
            if (here.isEmpty()) continue;
            html.append("<li><h3>").append(level.equals("entry") ? "Starting points" : "Level " + level).append("</h3>\n<ul>\n");
            for (RouteMap.Node n : here) {
                html.append("<li>").append(step(n, site));
                List<String> next = new ArrayList<>();
                for (RouteMap.Edge e : map.edges()) {
                    RouteMap.Node to = e.from().equals(n.id()) ? map.node(e.to()) : null;
                    if (to != null) next.add(step(to, site) + (e.sideways() ? " (a sideways move)" : ""));
                }
                if (!next.isEmpty()) html.append(". Leads to: ").append(String.join(", ", next));
                html.append("</li>\n");
            }
            html.append("</ul></li>\n");
        }
        return html.append("</ol>\n</section>").toString();
    }

    private static String step(RouteMap.Node n, Site site) {
        Item target = n.ref() == null ? null : site.find(n.ref(), List.of("career", "pathway", "apprenticeship")).orElse(null);
        if (target == null) return Entities.escape(n.label() != null ? n.label() : n.id());
        String salary = RouteMapSvg.salary(target);
        return "<a href=\"" + Entities.escape(target.url()) + "\">" + Entities.escape(target.title()) + "</a>" + (salary == null ? "" : " (" + salary.replace("From", "from") + ")");
    }

}
