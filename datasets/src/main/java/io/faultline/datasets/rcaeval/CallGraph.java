package io.faultline.datasets.rcaeval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A call graph as a dataset supplies it: component names and caller-to-callee edges (a fault in the callee
 * shows up in the caller). Written and read as {@code graph.json} in the shape of this record:
 * {@code {"components": ["frontend", "cart"], "edges": [{"caller": "frontend", "callee": "cart"}]}}.
 */
public record CallGraph(List<String> components, List<Edge> edges) {
    /** No components and no edges: the dataset supplies no graph. */
    public static final CallGraph EMPTY = new CallGraph(List.of(), List.of());

    /** A call from {@code caller} to {@code callee}. */
    public record Edge(String caller, String callee) {
        public Edge {
            if (caller == null || caller.isBlank() || callee == null || callee.isBlank()) {
                throw new IllegalArgumentException("an edge needs a caller and a callee, was " + caller + " -> " + callee);
            }
        }
    }

    public CallGraph {
        if (components == null) {
            throw new IllegalArgumentException("graph components are required (an empty list for none)");
        }
        if (edges == null) {
            throw new IllegalArgumentException("graph edges are required (an empty list for none)");
        }
        components = List.copyOf(components);
        edges = List.copyOf(edges);
        Set<String> known = new HashSet<>();
        for (String c : components) {
            if (c == null || c.isBlank()) {
                throw new IllegalArgumentException("a graph component has no name");
            }
            if (!known.add(c)) {
                throw new IllegalArgumentException("component '" + c + "' is listed twice");
            }
        }
        Set<Edge> seen = new HashSet<>();
        for (Edge e : edges) {
            for (String end : List.of(e.caller(), e.callee())) {
                if (!known.contains(end)) {
                    throw new IllegalArgumentException("edge " + e.caller() + " -> " + e.callee()
                            + " names unknown component '" + end + "'");
                }
            }
            if (!seen.add(e)) {
                throw new IllegalArgumentException("edge " + e.caller() + " -> " + e.callee() + " is listed twice");
            }
        }
    }

    public boolean isEmpty() {
        return components.isEmpty();
    }
}
