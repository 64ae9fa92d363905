package io.faultline.rca.topology;

import io.faultline.rca.ServiceGraph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Breadth-first path queries over a {@link ServiceGraph}: undirected hop counts (how close two
 * anomalies are) and shortest paths in the caller direction (how a fault in a callee reaches the
 * components that call it). Neighbours are visited in the graph's declaration order, so equal-length
 * paths resolve the same way every time. Immutable and thread-safe; results are not cached.
 */
public final class GraphPaths {
    private final ServiceGraph graph;

    public GraphPaths(ServiceGraph graph) {
        if (graph == null) {
            throw new IllegalArgumentException("graph is required");
        }
        this.graph = graph;
    }

    /**
     * Hops between two components ignoring edge direction: 0 for the same component, -1 when
     * either is not in the graph or no path joins them.
     */
    public int undirectedHops(String from, String to) {
        if (!graph.contains(from) || !graph.contains(to)) {
            return -1;
        }
        Integer hops = distances(from, this::neighbours).get(to);
        return hops == null ? -1 : hops;
    }

    /**
     * Hops from {@code from} to every component reachable by following callers (callee to caller,
     * the way faults propagate), {@code from} itself at 0; empty when {@code from} is not in the graph.
     */
    public Map<String, Integer> callerDistances(String from) {
        if (!graph.contains(from)) {
            return Map.of();
        }
        return Collections.unmodifiableMap(distances(from, graph::callers));
    }

    /**
     * Hops from {@code from} to every component reachable by following callees (what it depends
     * on, directly or not), {@code from} itself at 0; empty when {@code from} is not in the graph.
     */
    public Map<String, Integer> calleeDistances(String from) {
        if (!graph.contains(from)) {
            return Map.of();
        }
        return Collections.unmodifiableMap(distances(from, graph::callees));
    }

    /**
     * A shortest path {@code from -> caller -> ... -> to} following callers, both ends included;
     * empty when {@code to} cannot be reached that way.
     */
    public List<String> callerPath(String from, String to) {
        if (!graph.contains(from) || !graph.contains(to)) {
            return List.of();
        }
        Map<String, String> parent = new LinkedHashMap<>();
        parent.put(from, from);
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty() && !parent.containsKey(to)) {
            String current = queue.removeFirst();
            for (String next : graph.callers(current)) {
                if (parent.putIfAbsent(next, current) == null) {
                    queue.addLast(next);
                }
            }
        }
        if (!parent.containsKey(to)) {
            return List.of();
        }
        List<String> path = new ArrayList<>();
        for (String at = to; !at.equals(from); at = parent.get(at)) {
            path.add(at);
        }
        path.add(from);
        Collections.reverse(path);
        return List.copyOf(path);
    }

    private Set<String> neighbours(String component) {
        Set<String> all = new java.util.LinkedHashSet<>(graph.callees(component));
        all.addAll(graph.callers(component));
        return all;
    }

    private static Map<String, Integer> distances(String from, Function<String, Set<String>> next) {
        Map<String, Integer> dist = new LinkedHashMap<>();
        dist.put(from, 0);
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String current = queue.removeFirst();
            for (String n : next.apply(current)) {
                if (!dist.containsKey(n)) {
                    dist.put(n, dist.get(current) + 1);
                    queue.addLast(n);
                }
            }
        }
        return dist;
    }
}
