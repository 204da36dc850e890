package org.signpost.routemap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives the ordered rows their height and draws the arrows orthogonally. An arrow between
 * levels leaves the top (or, for a sideways move down, the bottom) of its step, turns only in
 * the gaps between rows, each turn at its own height so no two arrows share a line, and enters
 * its target from the side it comes from. An arrow between steps of one level stays in their
 * band: straight across when no step stands between them, else along a lane under the row.
 */
final class MapRoutes {
    static final double EDGE_PAD = 32;
    /** Room for an arrowhead between a turn and the step it points at. */
    static final double HEAD = 20;
    static final double SPACING = 8;
    static final double MIN_GAP = 64;

    private final List<List<MapCell>> layers;
    private final List<List<MapCell>> arrows;
    /** For each arrow, the x where it leaves its first step and where it enters its last. */
    // By identity: two edges between the same steps are two arrows, each with its own ports.
    private final Map<List<MapCell>, double[]> ports = new IdentityHashMap<>();
    private final int[] lanes;
    private final Map<List<MapCell>, Integer> lane = new IdentityHashMap<>();
    /** The turns in each gap, keyed by the lower layer; each arrow's turns by segment. */
    private final List<List<int[]>> turns = new ArrayList<>();
    private final double[] rowTop;
    private final double[][] laneY, turnY;

    private MapRoutes(List<List<MapCell>> layers, List<List<MapCell>> arrows) {
        this.layers = layers;
        this.arrows = arrows;
        int n = layers.size();
        lanes = new int[n];
        rowTop = new double[n];
        laneY = new double[n][];
        turnY = new double[n][];
        for (int i = 0; i < n; i++) turns.add(new ArrayList<>());
    }

    static RouteMapLayout.Result draw(List<String> levels, List<List<MapCell>> layers, Map<String, MapCell> steps, List<List<MapCell>> arrows) {
        MapRoutes r = new MapRoutes(layers, arrows);
        r.assignPorts();
        r.findTurns();
        List<RouteMapLayout.Band> bands = r.rows(levels);
        Map<String, RouteMapLayout.Box> boxes = new LinkedHashMap<>();
        steps.forEach((id, c) -> boxes.put(id, new RouteMapLayout.Box(c.left(), r.rowTop[c.layer], c.width, RouteMapLayout.NODE_HEIGHT)));
        List<List<double[]>> paths = new ArrayList<>();
        for (int a = 0; a < arrows.size(); a++) paths.add(r.path(a));
        double width = layers.stream().flatMap(List::stream).mapToDouble(MapCell::right).max().orElse(0);
        double height = bands.isEmpty() ? 0 : bands.get(bands.size() - 1).y() + bands.get(bands.size() - 1).h();
        java.util.Collections.reverse(bands);
        return new RouteMapLayout.Result(boxes, bands, paths, width, height);
    }

    /** Spreads the arrows that meet a side of a step along it, in the order of where they come from. */
    private void assignPorts() {
        record End(List<MapCell> arrow, int which, double towards) {}
        Map<MapCell, List<End>> top = new LinkedHashMap<>(), bottom = new LinkedHashMap<>();
        for (List<MapCell> arrow : arrows) {
            ports.put(arrow, new double[] {arrow.get(0).x, arrow.get(arrow.size() - 1).x});
            MapCell first = arrow.get(0), second = arrow.get(1), last = arrow.get(arrow.size() - 1), before = arrow.get(arrow.size() - 2);
            if (first.layer == last.layer) {
                if (stepBetween(first, last)) {
                    lane.put(arrow, lanes[first.layer]++);
                    bottom.computeIfAbsent(first, k -> new ArrayList<>()).add(new End(arrow, 0, last.x));
                    bottom.computeIfAbsent(last, k -> new ArrayList<>()).add(new End(arrow, 1, first.x));
                }
                continue;
            }
            (second.layer > first.layer ? top : bottom).computeIfAbsent(first, k -> new ArrayList<>()).add(new End(arrow, 0, second.x));
            (before.layer < last.layer ? bottom : top).computeIfAbsent(last, k -> new ArrayList<>()).add(new End(arrow, 1, before.x));
        }
        for (Map<MapCell, List<End>> side : List.of(top, bottom)) {
            side.forEach((cell, ends) -> {
                ends.sort(Comparator.comparingDouble(End::towards));
                for (int i = 0; i < ends.size(); i++) ports.get(ends.get(i).arrow())[ends.get(i).which()] = cell.left() + cell.width * (i + 1) / (ends.size() + 1);
            });
        }
    }

    private boolean stepBetween(MapCell a, MapCell b) {
        List<MapCell> row = layers.get(a.layer);
        for (int i = Math.min(a.order, b.order) + 1; i < Math.max(a.order, b.order); i++) if (row.get(i).isStep()) return true;
        return false;
    }

    /** x of an arrow where it crosses each layer: its ports at the ends, the pass-through points between. */
    private double[] xs(List<MapCell> arrow) {
        double[] xs = new double[arrow.size()];
        for (int i = 0; i < xs.length; i++) xs[i] = arrow.get(i).x;
        xs[0] = ports.get(arrow)[0];
        xs[xs.length - 1] = ports.get(arrow)[1];
        return xs;
    }

    /** Each segment of an arrow that changes x needs a turn of its own in the gap it crosses. */
    private void findTurns() {
        for (int a = 0; a < arrows.size(); a++) {
            List<MapCell> arrow = arrows.get(a);
            if (arrow.get(0).layer == arrow.get(arrow.size() - 1).layer) continue;
            double[] xs = xs(arrow);
            for (int i = 0; i + 1 < xs.length; i++) {
                if (Math.abs(xs[i] - xs[i + 1]) > 0.5) turns.get(Math.min(arrow.get(i).layer, arrow.get(i + 1).layer)).add(new int[] {a, i});
            }
        }
    }

    /** Bands from the top. Rows from the top: each row's steps, its lanes, then the gap to the row below with its turns; bands meet mid-gap. */
    private List<RouteMapLayout.Band> rows(List<String> levels) {
        List<RouteMapLayout.Band> bands = new ArrayList<>();
        double y = EDGE_PAD, bandTop = 0;
        for (int l = layers.size() - 1; l >= 0; l--) {
            rowTop[l] = y;
            double below = y + RouteMapLayout.NODE_HEIGHT;
            laneY[l] = new double[lanes[l]];
            for (int j = 0; j < lanes[l]; j++) laneY[l][j] = below + HEAD + j * SPACING;
            if (lanes[l] > 0) below = laneY[l][lanes[l] - 1] + SPACING;
            if (l == 0) {
                bands.add(new RouteMapLayout.Band(levels.get(l), bandTop, below + EDGE_PAD - bandTop));
                break;
            }
            int s = turns.get(l - 1).size();
            double gap = Math.max(MIN_GAP, 2 * HEAD + (s - 1) * SPACING);
            turnY[l - 1] = new double[s];
            for (int k = 0; k < s; k++) turnY[l - 1][k] = s == 1 ? below + gap / 2 : below + HEAD + k * (gap - 2 * HEAD) / (s - 1);
            double boundary = below + gap / 2;
            bands.add(new RouteMapLayout.Band(levels.get(l), bandTop, boundary - bandTop));
            bandTop = boundary;
            y = below + gap;
        }
        return bands;
    }

    private List<double[]> path(int a) {
        List<MapCell> arrow = arrows.get(a);
        MapCell first = arrow.get(0), last = arrow.get(arrow.size() - 1);
        double h = RouteMapLayout.NODE_HEIGHT;
        List<double[]> points = new ArrayList<>();
        if (first.layer == last.layer) {
            double top = rowTop[first.layer];
            if (!lane.containsKey(arrow)) {
                boolean right = last.x > first.x;
                points.add(new double[] {right ? first.right() : first.left(), top + h / 2});
                points.add(new double[] {right ? last.left() : last.right(), top + h / 2});
            } else {
                double[] p = ports.get(arrow);
                double y = laneY[first.layer][lane.get(arrow)];
                points.add(new double[] {p[0], top + h});
                points.add(new double[] {p[0], y});
                points.add(new double[] {p[1], y});
                points.add(new double[] {p[1], top + h});
            }
            return points;
        }
        boolean upwards = last.layer > first.layer;
        double[] xs = xs(arrow);
        points.add(new double[] {xs[0], rowTop[first.layer] + (upwards ? 0 : h)});
        for (int i = 0; i + 1 < xs.length; i++) {
            int gap = Math.min(arrow.get(i).layer, arrow.get(i + 1).layer);
            List<int[]> here = turns.get(gap);
            for (int k = 0; k < here.size(); k++) {
                if (here.get(k)[0] == a && here.get(k)[1] == i) {
                    points.add(new double[] {xs[i], turnY[gap][k]});
                    points.add(new double[] {xs[i + 1], turnY[gap][k]});
                }
            }
        }
        points.add(new double[] {xs[xs.length - 1], rowTop[last.layer] + (upwards ? h : 0)});
        return points;
    }
}
