package org.signpost.routemap;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.signpost.content.Item;
import org.signpost.content.Position;
import org.signpost.content.Problems;
import org.signpost.content.Site;
import org.signpost.content.Suggestions;

/**
 * What check reports about route maps, at the line of the offending step or edge: edges to
 * steps that don't exist, steps no entry point reaches, edges that go down a level without
 * being marked sideways, maps wider than the page, and careers that are on no map.
 * (Steps that name items which don't exist are reported with every other reference.)
 */
public final class RouteMapChecks {
    private RouteMapChecks() {}

    public static void run(Site site, Problems problems) {
        Set<String> mapped = new HashSet<>();
        for (Item item : site.ofType("routemap")) {
            RouteMap map = RouteMap.of(item);
            check(map, problems);
            for (RouteMap.Node n : map.nodes()) if (n.ref() != null) mapped.add(n.ref());
        }
        if (site.ofType("routemap").isEmpty()) return;
        for (Item career : site.ofType("career")) {
            if (!mapped.contains(career.slug())) {
                problems.warning(career.path(), Position.START, "career is on no route map; add it to a map so readers can see the routes in");
            }
        }
    }

    static void check(RouteMap map, Problems problems) {
        Item item = map.item();
        String path = item.path();
        Map<String, RouteMap.Node> byId = new HashMap<>();
        for (RouteMap.Node n : map.nodes()) {
            if (byId.putIfAbsent(n.id(), n) != null) problems.error(path, at(item, "nodes[" + n.index() + "]"), "two steps have the id '" + n.id() + "'");
            if (n.ref() == null && n.label() == null) problems.error(path, at(item, "nodes[" + n.index() + "]"), "step '" + n.id() + "' needs a ref or a label");
        }
        Map<String, List<String>> next = new HashMap<>();
        for (RouteMap.Edge e : map.edges()) {
            RouteMap.Node from = endpoint(map, e, "from", e.from(), byId, problems);
            RouteMap.Node to = endpoint(map, e, "to", e.to(), byId, problems);
            if (from == null || to == null) continue;
            next.computeIfAbsent(from.id(), k -> new java.util.ArrayList<>()).add(to.id());
            if (to.rank() < from.rank() && !e.sideways()) {
                problems.error(path, at(item, "edges[" + e.index() + "]"), "edge from '" + from.id() + "' (" + levelName(from) + ") to '" + to.id()
                        + "' (" + levelName(to) + ") goes down a level; mark it 'sideways: true' if that is meant");
            }
        }
        reachability(map, byId, next, problems);
        width(map, problems);
    }

    private static RouteMap.Node endpoint(RouteMap map, RouteMap.Edge e, String end, String id, Map<String, RouteMap.Node> byId, Problems problems) {
        RouteMap.Node n = byId.get(id);
        if (n == null) {
            problems.error(map.item().path(), at(map.item(), "edges[" + e.index() + "]." + end),
                    "edge " + end + " '" + id + "', which is not a step on this map" + Suggestions.didYouMean(id, byId.keySet()));
        }
        return n;
    }

    private static void reachability(RouteMap map, Map<String, RouteMap.Node> byId, Map<String, List<String>> next, Problems problems) {
        Deque<String> todo = new ArrayDeque<>();
        for (RouteMap.Node n : map.nodes()) if (n.entry()) todo.add(n.id());
        if (todo.isEmpty()) {
            problems.error(map.item().path(), at(map.item(), "nodes"), "the map has no entry point; mark the starting steps 'entry: true'");
            return;
        }
        Set<String> reached = new HashSet<>();
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (reached.add(id)) todo.addAll(next.getOrDefault(id, List.of()));
        }
        for (RouteMap.Node n : map.nodes()) {
            if (!reached.contains(n.id()) && byId.get(n.id()) == n) {
                problems.error(map.item().path(), at(map.item(), "nodes[" + n.index() + "]"), "step '" + n.id() + "' cannot be reached from any entry point; add an edge to it");
            }
        }
    }

    private static void width(RouteMap map, Problems problems) {
        Map<String, Integer> count = new HashMap<>();
        for (RouteMap.Node n : map.nodes()) {
            int c = count.merge(n.level(), 1, Integer::sum);
            if (c == RouteMap.MAX_PER_LEVEL + 1) {
                problems.error(map.item().path(), at(map.item(), "nodes[" + n.index() + "]"), "the map is wider than the page can show: "
                        + levelName(n) + " has more than " + RouteMap.MAX_PER_LEVEL + " steps; split it into two maps");
            }
        }
    }

    static String levelName(RouteMap.Node n) {
        return n.level().equals("entry") ? "entry" : "level " + n.level();
    }

    private static Position at(Item item, String key) {
        return item.positions().getOrDefault(key, item.at("nodes"));
    }
}
