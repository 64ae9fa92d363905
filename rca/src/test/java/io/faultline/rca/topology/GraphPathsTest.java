package io.faultline.rca.topology;

import io.faultline.rca.ServiceGraph;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GraphPathsTest {
    /** frontend -> orders -> orders-db, frontend -> cart, plus a lone component. */
    private final GraphPaths paths = new GraphPaths(TopologyLoader.parse(TopologyLoaderTest.SHOP, "shop").graph());

    @Test
    void undirectedHopsIgnoreDirection() {
        assertEquals(0, paths.undirectedHops("cart", "cart"));
        assertEquals(1, paths.undirectedHops("orders-db", "orders"));
        assertEquals(3, paths.undirectedHops("orders-db", "cart"));
        assertEquals(-1, paths.undirectedHops("orders-db", "payments"));
    }

    @Test
    void callerAndCalleeDistancesFollowEdges() {
        assertEquals(Map.of("orders-db", 0, "orders", 1, "frontend", 2), paths.callerDistances("orders-db"));
        assertEquals(Map.of("orders", 0, "orders-db", 1), paths.calleeDistances("orders"));
        assertEquals(Map.of(), paths.callerDistances("payments"));
    }

    @Test
    void callerPathRunsFromCulpritToSymptom() {
        assertEquals(List.of("orders-db", "orders", "frontend"), paths.callerPath("orders-db", "frontend"));
        assertEquals(List.of("cart"), paths.callerPath("cart", "cart"));
        assertEquals(List.of(), paths.callerPath("frontend", "orders-db"));
    }

    @Test
    void unconnectedComponentsAreUnreachable() {
        GraphPaths g = new GraphPaths(new ServiceGraph(
                List.of(new ServiceGraph.Component("a", null), new ServiceGraph.Component("b", null)), List.of()));
        assertEquals(-1, g.undirectedHops("a", "b"));
    }
}
