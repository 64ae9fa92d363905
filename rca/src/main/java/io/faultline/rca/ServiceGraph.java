package io.faultline.rca;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Components and their caller-to-callee edges. Immutable; every edge names known components.
 */
public final class ServiceGraph {
    private final Map<String, Component> components;
    private final Map<String, Set<String>> callees = new LinkedHashMap<>();
    private final Map<String, Set<String>> callers = new LinkedHashMap<>();

    /** A component of the system: a service, a database, a queue... */
    public record Component(String name, String kind) {
        public Component {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("component name is required");
            }
            kind = kind == null || kind.isBlank() ? "service" : kind;
        }
    }

    /** A call from {@code caller} to {@code callee}: faults in the callee show up in the caller. */
    public record Edge(String caller, String callee) {
    }

    public ServiceGraph(List<Component> components, List<Edge> edges) {
        Map<String, Component> byName = new LinkedHashMap<>();
        for (Component c : components) {
            if (byName.put(c.name(), c) != null) {
                throw new IllegalArgumentException("component '" + c.name() + "' is declared twice");
            }
            callees.put(c.name(), new LinkedHashSet<>());
            callers.put(c.name(), new LinkedHashSet<>());
        }
        this.components = Collections.unmodifiableMap(byName);
        for (Edge e : edges) {
            for (String end : List.of(e.caller(), e.callee())) {
                if (!byName.containsKey(end)) {
                    throw new IllegalArgumentException("edge " + e.caller() + " -> " + e.callee()
                            + " names unknown component '" + end + "'");
                }
            }
            callees.get(e.caller()).add(e.callee());
            callers.get(e.callee()).add(e.caller());
        }
    }

    /** A graph of components with no edges: rankers then rely on the metrics alone. */
    public static ServiceGraph ofComponents(Iterable<String> names) {
        List<Component> list = new ArrayList<>();
        names.forEach(n -> list.add(new Component(n, "service")));
        return new ServiceGraph(list, List.of());
    }

    public Set<String> componentNames() {
        return components.keySet();
    }

    public List<Component> components() {
        return List.copyOf(components.values());
    }

    public boolean contains(String component) {
        return components.containsKey(component);
    }

    /** The components {@code component} calls. */
    public Set<String> callees(String component) {
        return Collections.unmodifiableSet(callees.getOrDefault(component, Set.of()));
    }

    /** The components that call {@code component}. */
    public Set<String> callers(String component) {
        return Collections.unmodifiableSet(callers.getOrDefault(component, Set.of()));
    }

    public List<Edge> edges() {
        List<Edge> list = new ArrayList<>();
        callees.forEach((caller, set) -> set.forEach(callee -> list.add(new Edge(caller, callee))));
        return list;
    }
}
