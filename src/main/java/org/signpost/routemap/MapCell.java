package org.signpost.routemap;

import java.util.ArrayList;
import java.util.List;

/**
 * One place in a layer of the map: a step, or the point where a longer arrow passes through a
 * level it skips. Pass-through points take a slot in their layer, so no step is drawn across an arrow.
 */
final class MapCell {
    final String id;
    final int layer;
    final double width;
    /** Neighbours along arrows in the layer above and the layer below. */
    final List<MapCell> up = new ArrayList<>(), down = new ArrayList<>();
    /** Centre, in user units from the left of the steps area. */
    double x;
    /** Place in its layer, from the left. */
    int order;

    MapCell(String id, int layer, double width) {
        this.id = id;
        this.layer = layer;
        this.width = width;
    }

    boolean isStep() {
        return id != null;
    }

    double left() {
        return x - width / 2;
    }

    double right() {
        return x + width / 2;
    }

    /** Joins two cells in adjacent layers along one arrow. */
    static void link(MapCell a, MapCell b) {
        if (b.layer > a.layer) {
            a.up.add(b);
            b.down.add(a);
        } else {
            a.down.add(b);
            b.up.add(a);
        }
    }
}
