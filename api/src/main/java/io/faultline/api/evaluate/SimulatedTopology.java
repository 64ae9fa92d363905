package io.faultline.api.evaluate;

import io.faultline.datasets.sim.SimMetric;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.topology.Topology;
import java.util.List;

/** The simulator's shop as the server's topology: the same components, edges and component label. */
final class SimulatedTopology {
    private SimulatedTopology() {
    }

    static Topology of(io.faultline.datasets.sim.Topology shop) {
        ServiceGraph graph = new ServiceGraph(
                shop.components().stream().map(c -> new ServiceGraph.Component(c.name(), c.kind())).toList(),
                shop.edges().stream().map(e -> new ServiceGraph.Edge(e.caller(), e.callee())).toList());
        return new Topology(graph, List.of(SimMetric.COMPONENT_LABEL));
    }
}
