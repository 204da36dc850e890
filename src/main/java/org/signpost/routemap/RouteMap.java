package org.signpost.routemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.signpost.content.Item;

/**
 * A route map read from a routemap item, in the shape of the national occupational maps: steps
 * (nodes) at levels from entry to 7, and progression edges between them.
 */
public record RouteMap(Item item, List<Node> nodes, List<Edge> edges) {
    /** Levels from the bottom of the map to the top. */
    public static final List<String> LEVELS = List.of("entry", "2", "3", "4", "5", "6", "7");
    /** The most steps one level can hold side by side and still fit the page. */
    public static final int MAX_PER_LEVEL = 5;

    /** A step: refers to an item by slug, or is a plain label. {@code index} is its place in the file. */
    public record Node(String id, String level, String ref, String label, boolean entry, int index) {
        public int rank() {
            return LEVELS.indexOf(level);
        }
    }

    /** A progression from one step to another; {@code sideways} marks a deliberate move down a level. */
    public record Edge(String from, String to, boolean sideways, int index) {}

    @SuppressWarnings("unchecked")
    public static RouteMap of(Item item) {
        List<Node> nodes = new ArrayList<>();
        List<Object> rawNodes = item.list("nodes");
        for (int i = 0; i < rawNodes.size(); i++) {
            Map<String, Object> n = (Map<String, Object>) rawNodes.get(i);
            nodes.add(new Node(str(n.get("id")), str(n.get("level")), (String) n.get("ref"), (String) n.get("label"),
                    Boolean.TRUE.equals(n.get("entry")), i));
        }
        List<Edge> edges = new ArrayList<>();
        List<Object> rawEdges = item.list("edges");
        for (int i = 0; i < rawEdges.size(); i++) {
            Map<String, Object> e = (Map<String, Object>) rawEdges.get(i);
            edges.add(new Edge(str(e.get("from")), str(e.get("to")), Boolean.TRUE.equals(e.get("sideways")), i));
        }
        return new RouteMap(item, List.copyOf(nodes), List.copyOf(edges));
    }

    public Node node(String id) {
        for (Node n : nodes) if (n.id().equals(id)) return n;
        return null;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
