package io.faultline.datasets.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Components and caller-to-callee edges of a simulated system: a directed acyclic graph, as written to
 * {@code topology.yaml}. A fault in a callee shows up in its callers.
 *
 * @param components every component once, in a stable order
 * @param edges      caller to callee, each pair once
 */
public record Topology(List<Component> components, List<Edge> edges) {

    /** One component: its name and its kind ({@code service}, {@code database}, {@code queue}, ...). */
    public record Component(String name, String kind) {
        public Component {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("component name must not be blank");
            }
            if (kind == null || kind.isBlank()) {
                throw new IllegalArgumentException("component '" + name + "' has a blank kind");
            }
        }
    }

    /** The caller sends requests to the callee and waits for (some of) them. */
    public record Edge(String caller, String callee) {
        public Edge {
            if (caller == null || callee == null) {
                throw new IllegalArgumentException("edge needs a caller and a callee, was " + caller + " -> " + callee);
            }
            if (caller.equals(callee)) {
                throw new IllegalArgumentException("edge from '" + caller + "' to itself");
            }
        }
    }

    public Topology {
        components = List.copyOf(components);
        edges = List.copyOf(edges);
        Set<String> names = new HashSet<>();
        for (Component c : components) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("duplicate component '" + c.name() + "'");
            }
        }
        Set<Edge> seen = new HashSet<>();
        for (Edge e : edges) {
            for (String end : List.of(e.caller(), e.callee())) {
                if (!names.contains(end)) {
                    throw new IllegalArgumentException("edge " + e.caller() + " -> " + e.callee()
                            + " names unknown component '" + end + "'");
                }
            }
            if (!seen.add(e)) {
                throw new IllegalArgumentException("duplicate edge " + e.caller() + " -> " + e.callee());
            }
        }
        topologicalOrder(components, edges); // throws on a cycle
    }

    /** Component names in declaration order. */
    public List<String> names() {
        return components.stream().map(Component::name).toList();
    }

    public boolean contains(String name) {
        return components.stream().anyMatch(c -> c.name().equals(name));
    }

    /** Direct callers of a component, in edge order. */
    public List<String> callers(String name) {
        return edges.stream().filter(e -> e.callee().equals(name)).map(Edge::caller).toList();
    }

    /** Direct callees of a component, in edge order. */
    public List<String> callees(String name) {
        return edges.stream().filter(e -> e.caller().equals(name)).map(Edge::callee).toList();
    }

    /** Every component that reaches {@code name} through caller edges (its transitive callers), not itself. */
    public Set<String> ancestors(String name) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(callers(name));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (found.add(next)) {
                todo.addAll(callers(next));
            }
        }
        return found;
    }

    /** Components with no callers: where traffic enters. */
    public List<String> roots() {
        Set<String> called = new HashSet<>();
        edges.forEach(e -> called.add(e.callee()));
        return names().stream().filter(n -> !called.contains(n)).toList();
    }

    /** Component names with every caller before its callees; ties keep declaration order. */
    public List<String> topologicalOrder() {
        return topologicalOrder(components, edges);
    }

    private static List<String> topologicalOrder(List<Component> components, List<Edge> edges) {
        Map<String, Integer> pending = new HashMap<>();
        components.forEach(c -> pending.put(c.name(), 0));
        edges.forEach(e -> pending.merge(e.callee(), 1, Integer::sum));
        List<String> order = new ArrayList<>();
        boolean progressed = true;
        while (order.size() < components.size() && progressed) {
            progressed = false;
            for (Component c : components) {
                if (pending.get(c.name()) == 0) {
                    pending.put(c.name(), -1);
                    order.add(c.name());
                    edges.stream().filter(e -> e.caller().equals(c.name()))
                            .forEach(e -> pending.merge(e.callee(), -1, Integer::sum));
                    progressed = true;
                    break; // restart so ties resolve in declaration order
                }
            }
        }
        if (order.size() < components.size()) {
            List<String> stuck = components.stream().map(Component::name).filter(n -> !order.contains(n)).toList();
            throw new IllegalArgumentException("edges form a cycle through " + stuck);
        }
        return order;
    }
}
