package io.faultline.datasets.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A simulated system: one profile per component and one call spec per edge. Traffic enters at the single
 * component nobody calls.
 *
 * @param profiles components in a stable order (the order of the series the simulator emits)
 * @param calls    caller-to-callee dependencies; together they must form a directed acyclic graph
 */
public record ShopModel(List<ComponentProfile> profiles, List<CallSpec> calls) {
    public ShopModel {
        profiles = List.copyOf(profiles);
        calls = List.copyOf(calls);
        Topology topology = topologyOf(profiles, calls); // validates names, duplicates and cycles
        if (topology.roots().size() != 1) {
            throw new IllegalArgumentException("a shop needs exactly one entry component (one nobody calls), found "
                    + topology.roots());
        }
    }

    /** The plain component graph, as written to {@code topology.yaml}. */
    public Topology topology() {
        return topologyOf(profiles, calls);
    }

    /** The component where traffic enters. */
    public String entry() {
        return topology().roots().get(0);
    }

    /** The index of a component in {@link #profiles()}, or -1. */
    public int indexOf(String component) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).name().equals(component)) {
                return i;
            }
        }
        return -1;
    }

    /** Mean requests per second of every component when {@code entryRate} requests per second enter. */
    public Map<String, Double> meanRates(double entryRate) {
        Map<String, Double> rates = new HashMap<>();
        profiles.forEach(p -> rates.put(p.name(), 0.0));
        rates.put(entry(), entryRate);
        for (String caller : topology().topologicalOrder()) {
            for (CallSpec call : calls) {
                if (call.caller().equals(caller)) {
                    rates.merge(call.callee(), rates.get(caller) * call.callsPerRequest(), Double::sum);
                }
            }
        }
        return rates;
    }

    private static Topology topologyOf(List<ComponentProfile> profiles, List<CallSpec> calls) {
        List<Topology.Component> components = new ArrayList<>();
        profiles.forEach(p -> components.add(new Topology.Component(p.name(), p.kind())));
        List<Topology.Edge> edges = new ArrayList<>();
        calls.forEach(c -> edges.add(new Topology.Edge(c.caller(), c.callee())));
        return new Topology(components, edges);
    }
}
