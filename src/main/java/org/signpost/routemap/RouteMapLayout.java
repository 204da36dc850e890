package org.signpost.routemap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a route map out with ELK's layered algorithm, flowing upwards: entry points at the
 * bottom, level 7 at the top. Each level is one layer (ELK's interactive layering keeps the
 * level we give each step); ELK orders steps within a level to cut crossings and routes the
 * arrows orthogonally.
 */
final class RouteMapLayout {
    static final double NODE_WIDTH = 160;
    static final double NODE_HEIGHT = 64;
    static final double LEVEL_GAP = 200;

    /** Where each step and arrow goes, in SVG user units. */
    record Result(Map<String, Box> nodes, List<List<double[]>> edges, double width, double height) {}

    record Box(double x, double y, double w, double h) {}

    static {
        // Registers ELK's option types; ELK copies options by reflection and needs them known.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private RouteMapLayout() {}

    static Result layout(RouteMap map) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(LayeredOptions.DIRECTION, Direction.UP);
        graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
        graph.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.INTERACTIVE);
        graph.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        graph.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 20.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 44.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        graph.setProperty(LayeredOptions.RANDOM_SEED, 1);

        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        int[] perLevel = new int[RouteMap.LEVELS.size()];
        for (RouteMap.Node n : map.nodes()) {
            if (nodes.containsKey(n.id()) || n.rank() < 0) continue;
            ElkNode node = ElkGraphUtil.createNode(graph);
            node.setIdentifier(n.id());
            node.setDimensions(NODE_WIDTH, NODE_HEIGHT);
            // The starting position tells interactive layering which layer the step belongs to.
            node.setLocation(perLevel[n.rank()]++ * (NODE_WIDTH + 20), (RouteMap.LEVELS.size() - n.rank()) * LEVEL_GAP);
            nodes.put(n.id(), node);
        }
        List<ElkEdge> edges = new ArrayList<>();
        for (RouteMap.Edge e : map.edges()) {
            ElkNode from = nodes.get(e.from()), to = nodes.get(e.to());
            if (from != null && to != null) edges.add(ElkGraphUtil.createSimpleEdge(from, to));
        }
        new LayeredLayoutProvider().layout(graph, new BasicProgressMonitor());

        Map<String, Box> boxes = new LinkedHashMap<>();
        nodes.forEach((id, n) -> boxes.put(id, new Box(n.getX(), n.getY(), n.getWidth(), n.getHeight())));
        List<List<double[]>> routes = new ArrayList<>();
        for (ElkEdge edge : edges) {
            for (ElkEdgeSection s : edge.getSections()) {
                List<double[]> points = new ArrayList<>();
                points.add(new double[] {s.getStartX(), s.getStartY()});
                for (ElkBendPoint b : s.getBendPoints()) points.add(new double[] {b.getX(), b.getY()});
                points.add(new double[] {s.getEndX(), s.getEndY()});
                routes.add(points);
            }
        }
        return new Result(boxes, routes, graph.getWidth(), graph.getHeight());
    }
}
