package org.signpost.routemap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a route map out in rows, one per level that has steps, flowing upwards: entry points at
 * the bottom, the highest level at the top. The level alone sets a step's row, so a step is
 * always inside its level's band whatever the arrows (a layered layout such as ELK's puts an
 * arrow between two steps of one level into a new layer). An arrow that skips a level passes
 * through a reserved point in each row it crosses; {@link LayerOrder} orders each row and
 * {@link MapRoutes} draws the arrows and the bands.
 */
final class RouteMapLayout {
    static final double NODE_WIDTH = 150;
    static final double NODE_HEIGHT = 64;

    /** Where each step, band and arrow goes, in SVG user units; x from the left of the steps area. */
    record Result(Map<String, Box> nodes, List<Band> bands, List<List<double[]>> edges, double width, double height) {}

    record Box(double x, double y, double w, double h) {}

    /** The strip of the map that holds one level's steps; bands follow one another and never overlap. */
    record Band(String level, double y, double h) {}

    private RouteMapLayout() {}

    static Result layout(RouteMap map) {
        List<String> levels = new ArrayList<>();
        for (String level : RouteMap.LEVELS) if (map.nodes().stream().anyMatch(n -> n.level().equals(level))) levels.add(level);
        List<List<MapCell>> layers = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) layers.add(new ArrayList<>());
        Map<String, MapCell> steps = new LinkedHashMap<>();
        for (RouteMap.Node n : map.nodes()) {
            if (n.rank() < 0 || steps.containsKey(n.id())) continue;
            MapCell cell = new MapCell(n.id(), levels.indexOf(n.level()), NODE_WIDTH);
            layers.get(cell.layer).add(cell);
            steps.put(n.id(), cell);
        }
        List<List<MapCell>> arrows = new ArrayList<>();
        for (RouteMap.Edge e : map.edges()) {
            MapCell from = steps.get(e.from()), to = steps.get(e.to());
            if (from == null || to == null || from == to) continue;
            List<MapCell> arrow = new ArrayList<>(List.of(from));
            int step = Integer.signum(to.layer - from.layer);
            for (int l = from.layer + step; step != 0 && l != to.layer; l += step) {
                MapCell pass = new MapCell(null, l, 0);
                layers.get(l).add(pass);
                arrow.add(pass);
            }
            arrow.add(to);
            for (int i = 0; step != 0 && i + 1 < arrow.size(); i++) MapCell.link(arrow.get(i), arrow.get(i + 1));
            arrows.add(arrow);
        }
        LayerOrder.arrange(layers);
        return MapRoutes.draw(levels, layers, steps, arrows);
    }
}
