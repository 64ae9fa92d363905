package io.faultline.rca.topology;

import io.faultline.ingest.InvalidInputException;
import io.faultline.rca.ServiceGraph;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TopologyLoaderTest {

    static final String SHOP = """
            componentLabels: [service, job]
            components:
              - name: frontend
              - name: orders
                kind: service
              - name: orders-db
                kind: database
              - name: cart
            edges:
              - caller: frontend
                callee: orders
              - caller: orders
                callee: orders-db
              - caller: frontend
                callee: cart
            """;

    @Test
    void readsComponentsEdgesAndLabelsFromYaml() {
        Topology t = TopologyLoader.parse(SHOP, "shop.yaml");
        assertEquals(List.of("service", "job"), t.componentLabels());
        assertEquals(List.of(new ServiceGraph.Component("frontend", "service"),
                new ServiceGraph.Component("orders", "service"),
                new ServiceGraph.Component("orders-db", "database"),
                new ServiceGraph.Component("cart", "service")), t.graph().components());
        assertEquals(Set.of("orders", "cart"), t.graph().callees("frontend"));
        assertEquals(Set.of("orders"), t.graph().callers("orders-db"));
    }

    @Test
    void readsJsonAndDefaultsTheComponentLabel() {
        Topology t = TopologyLoader.parse("""
                {"components": [{"name": "a"}, {"name": "b", "kind": "queue"}],
                 "edges": [{"caller": "a", "callee": "b"}]}""", "t.json");
        assertEquals(List.of("service"), t.componentLabels());
        assertEquals(List.of(new ServiceGraph.Edge("a", "b")), t.graph().edges());
    }

    @Test
    void unknownComponentInAnEdgeIsNamed() {
        String yaml = SHOP.replace("callee: cart", "callee: payments");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TopologyLoader.parse(yaml, "shop.yaml"));
        assertEquals("shop.yaml: edges[2] frontend -> payments names unknown component 'payments'", e.getMessage());
    }

    @Test
    void duplicateComponentIsNamed() {
        String yaml = SHOP.replace("  - name: cart", "  - name: orders");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TopologyLoader.parse(yaml, "shop.yaml"));
        assertEquals("shop.yaml: components[3]: component 'orders' is declared twice", e.getMessage());
    }

    @Test
    void unknownKeyIsNamedWithItsPlace() {
        String yaml = SHOP.replace("    kind: database", "    kind: database\n    colour: red");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TopologyLoader.parse(yaml, "shop.yaml"));
        assertEquals("shop.yaml: unknown key 'colour' at components[2]", e.getMessage());
    }

    @Test
    void unknownTopLevelKeyIsNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TopologyLoader.parse("components: [{name: a}]\nnodes: x\nedges: []\n", "t.yaml"));
        assertEquals("t.yaml: unknown key 'nodes'", e.getMessage());
    }

    @Test
    void missingNamesAndEndsAndSelfCallsAreRejected() {
        assertEquals("t.yaml: components[1].name is required", message("components: [{name: a}, {kind: db}]"));
        assertEquals("t.yaml: edges[0].callee is required",
                message("components: [{name: a}]\nedges: [{caller: a}]"));
        assertEquals("t.yaml: edges[0]: component 'a' calls itself",
                message("components: [{name: a}]\nedges: [{caller: a, callee: a}]"));
        assertEquals("t.yaml: components must declare at least one component", message("componentLabels: [service]"));
        assertEquals("t.yaml: topology is empty", message("  \n"));
        assertEquals("t.yaml: componentLabels must name at least one label",
                message("componentLabels: []\ncomponents: [{name: a}]"));
    }

    @Test
    void duplicateKeysAreRejected() {
        String msg = message("components: [{name: a}]\ncomponents: [{name: b}]");
        assertEquals(true, msg.startsWith("t.yaml: Duplicate field 'components'"), msg);
    }

    private static String message(String yaml) {
        return assertThrows(InvalidInputException.class, () -> TopologyLoader.parse(yaml, "t.yaml")).getMessage();
    }
}
