package io.faultline.datasets.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopologyTest {
    private static final Topology SHOP = WebShop.standard().topology();

    @Test
    void standardShopHasElevenServicesFiveDatabasesAndAQueue() {
        assertEquals(11, SHOP.components().stream().filter(c -> c.kind().equals("service")).count());
        assertEquals(5, SHOP.components().stream().filter(c -> c.kind().equals("database")).count());
        assertEquals(List.of("rabbitmq"),
                SHOP.components().stream().filter(c -> c.kind().equals("queue")).map(Topology.Component::name).toList());
        assertEquals(21, SHOP.edges().size());
    }

    @Test
    void everyComponentIsReachableFromTheFrontend() {
        assertEquals(List.of("frontend"), SHOP.roots());
        Set<String> reached = new HashSet<>(Set.of("frontend"));
        for (String name : SHOP.topologicalOrder()) {
            if (reached.contains(name)) {
                reached.addAll(SHOP.callees(name));
            }
        }
        assertEquals(new HashSet<>(SHOP.names()), reached);
    }

    @Test
    void topologicalOrderPutsCallersFirst() {
        List<String> order = SHOP.topologicalOrder();
        for (Topology.Edge e : SHOP.edges()) {
            assertTrue(order.indexOf(e.caller()) < order.indexOf(e.callee()), e.toString());
        }
    }

    @Test
    void ancestorsAreTheTransitiveCallers() {
        assertEquals(Set.of("catalogue", "search", "recommendation", "frontend"), SHOP.ancestors("catalogue-db"));
        assertEquals(Set.of("shipping", "orders", "frontend"), SHOP.ancestors("queue-master"));
        assertEquals(Set.of(), SHOP.ancestors("frontend"));
    }

    @Test
    void rejectsUnknownDuplicateAndCyclicGraphs() {
        var a = new Topology.Component("a", "service");
        var b = new Topology.Component("b", "database");
        assertEquals("edge a -> c names unknown component 'c'", assertThrows(IllegalArgumentException.class,
                () -> new Topology(List.of(a, b), List.of(new Topology.Edge("a", "c")))).getMessage());
        assertEquals("duplicate component 'a'", assertThrows(IllegalArgumentException.class,
                () -> new Topology(List.of(a, a), List.of())).getMessage());
        assertEquals("duplicate edge a -> b", assertThrows(IllegalArgumentException.class,
                () -> new Topology(List.of(a, b), List.of(new Topology.Edge("a", "b"), new Topology.Edge("a", "b"))))
                .getMessage());
        assertEquals("edges form a cycle through [a, b]", assertThrows(IllegalArgumentException.class,
                () -> new Topology(List.of(a, b), List.of(new Topology.Edge("a", "b"), new Topology.Edge("b", "a"))))
                .getMessage());
        assertEquals("edge from 'a' to itself", assertThrows(IllegalArgumentException.class,
                () -> new Topology.Edge("a", "a")).getMessage());
    }
}
