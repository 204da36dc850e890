package org.signpost.routemap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Orders the cells of each layer and gives them an x, keeping every layer in its own row: the
 * barycentre heuristic (a cell moves towards the cells it is joined to) cuts crossings, and the
 * x of each cell is the closest to its neighbours' that keeps the layer's order and spacing.
 * The layers themselves never change, so a step stays at its level whatever the arrows.
 */
final class LayerOrder {
    static final double STEP_GAP = 24;
    static final double PASS_GAP = 14;
    private static final int SWEEPS = 8;

    private LayerOrder() {}

    static void arrange(List<List<MapCell>> layers) {
        order(layers);
        place(layers);
    }

    private static void order(List<List<MapCell>> layers) {
        number(layers);
        List<List<MapCell>> best = copy(layers);
        int fewest = crossings(layers);
        for (int sweep = 0; sweep < SWEEPS && fewest > 0; sweep++) {
            if (sweep % 2 == 0) for (int l = 1; l < layers.size(); l++) sort(layers.get(l), c -> c.down, layers.get(l - 1).size());
            else for (int l = layers.size() - 2; l >= 0; l--) sort(layers.get(l), c -> c.up, layers.get(l + 1).size());
            int now = crossings(layers);
            if (now < fewest) {
                fewest = now;
                best = copy(layers);
            }
        }
        for (int l = 0; l < layers.size(); l++) {
            layers.get(l).clear();
            layers.get(l).addAll(best.get(l));
        }
        number(layers);
    }

    /** Stable sort by where a cell's neighbours sit, as a fraction of their layer's width; a cell with none keeps its place. */
    private static void sort(List<MapCell> layer, Function<MapCell, List<MapCell>> neighbours, int theirLayerSize) {
        Map<MapCell, Double> key = new HashMap<>();
        for (MapCell c : layer) {
            List<MapCell> ns = neighbours.apply(c);
            key.put(c, ns.isEmpty() ? fraction(c.order, layer.size())
                    : ns.stream().mapToDouble(n -> fraction(n.order, theirLayerSize)).average().orElse(0));
        }
        layer.sort(Comparator.comparingDouble(key::get));
        for (int i = 0; i < layer.size(); i++) layer.get(i).order = i;
    }

    private static double fraction(int order, int size) {
        return (order + 0.5) / size;
    }

    static int crossings(List<List<MapCell>> layers) {
        int count = 0;
        for (List<MapCell> layer : layers) {
            List<int[]> links = new ArrayList<>();
            for (MapCell c : layer) for (MapCell u : c.up) links.add(new int[] {c.order, u.order});
            for (int i = 0; i < links.size(); i++) {
                for (int j = i + 1; j < links.size(); j++) {
                    int[] a = links.get(i), b = links.get(j);
                    if ((a[0] - b[0]) * (long) (a[1] - b[1]) < 0) count++;
                }
            }
        }
        return count;
    }

    /** Packs each layer, centred, then moves cells towards their neighbours, sweeping up and down. */
    private static void place(List<List<MapCell>> layers) {
        double widest = 0;
        for (List<MapCell> layer : layers) widest = Math.max(widest, packed(layer));
        for (List<MapCell> layer : layers) {
            double shift = (widest - packed(layer)) / 2, x = shift;
            for (int i = 0; i < layer.size(); i++) {
                MapCell c = layer.get(i);
                if (i > 0) x += gap(layer.get(i - 1), c);
                c.x = x + c.width / 2;
                x += c.width;
            }
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            if (sweep % 2 == 0) for (int l = 1; l < layers.size(); l++) fit(layers.get(l), c -> c.down, widest);
            else for (int l = layers.size() - 2; l >= 0; l--) fit(layers.get(l), c -> c.up, widest);
        }
        double left = layers.stream().flatMap(List::stream).mapToDouble(MapCell::left).min().orElse(0);
        for (List<MapCell> layer : layers) for (MapCell c : layer) c.x -= left;
    }

    private static double packed(List<MapCell> layer) {
        double w = 0;
        for (int i = 0; i < layer.size(); i++) w += layer.get(i).width + (i > 0 ? gap(layer.get(i - 1), layer.get(i)) : 0);
        return w;
    }

    /**
     * Puts each cell as near the mean x of its neighbours as the layer's order and spacing allow,
     * by least squares: pool-adjacent-violators on the wanted positions less the spacing before each,
     * then clamped so the layer stays within the widest layer's width (the map then fits the page).
     */
    private static void fit(List<MapCell> layer, Function<MapCell, List<MapCell>> neighbours, double width) {
        int n = layer.size();
        if (n == 0) return;
        double[] offset = new double[n], want = new double[n];
        for (int i = 0; i < n; i++) {
            MapCell c = layer.get(i);
            if (i > 0) offset[i] = offset[i - 1] + layer.get(i - 1).width / 2 + gap(layer.get(i - 1), c) + c.width / 2;
            List<MapCell> ns = neighbours.apply(c);
            double target = ns.isEmpty() ? c.x : ns.stream().mapToDouble(m -> m.x).average().orElse(c.x);
            want[i] = target - offset[i];
        }
        double[] fitted = nonDecreasing(want);
        double low = layer.get(0).width / 2, high = width - layer.get(n - 1).width / 2 - offset[n - 1];
        for (int i = 0; i < n; i++) layer.get(i).x = Math.max(low, Math.min(high, fitted[i])) + offset[i];
    }

    /** The least-squares non-decreasing fit of {@code y} (pool adjacent violators). */
    static double[] nonDecreasing(double[] y) {
        int n = y.length, k = 0;
        double[] value = new double[n];
        int[] size = new int[n];
        for (double v : y) {
            value[k] = v;
            size[k] = 1;
            while (k > 0 && value[k - 1] > value[k]) {
                value[k - 1] = (value[k - 1] * size[k - 1] + value[k] * size[k]) / (size[k - 1] + size[k]);
                size[k - 1] += size[k];
                k--;
            }
            k++;
        }
        double[] out = new double[n];
        for (int b = 0, i = 0; b < k; b++) for (int j = 0; j < size[b]; j++) out[i++] = value[b];
        return out;
    }

    static double gap(MapCell a, MapCell b) {
        return a.isStep() && b.isStep() ? STEP_GAP : PASS_GAP;
    }

    private static void number(List<List<MapCell>> layers) {
        for (List<MapCell> layer : layers) for (int i = 0; i < layer.size(); i++) layer.get(i).order = i;
    }

    private static List<List<MapCell>> copy(List<List<MapCell>> layers) {
        List<List<MapCell>> out = new ArrayList<>();
        for (List<MapCell> layer : layers) out.add(new ArrayList<>(layer));
        return out;
    }
}
