package io.faultline.datasets.circa;

import io.faultline.ingest.SeriesSamples;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One generated case with its ground truth.
 *
 * @param seed            the seed it was generated from
 * @param nodes           node names, {@code n0} (the SLI, the DAG's only sink) first
 * @param edges           the causal DAG, each edge cause -> effect: the direction faults propagate. In a call
 *                        graph (caller -> callee, faults in the callee show up in the caller) an edge
 *                        {@code cause -> effect} is the call {@code effect -> cause}
 * @param series          one series per node, in node order: metric {@value CircaGenerator#METRIC} with label
 *                        {@value CircaGenerator#NODE_LABEL}{@code =<node>}, one sample per step, standardised by
 *                        the normal period's mean and standard deviation and rounded to 3 decimals, as CIRCA does
 * @param faultTimeMs     time of the first faulty step
 * @param endMs           time of the last step
 * @param rootCauses      the nodes whose noise the fault shifted (ground truth), ascending by index
 * @param rootCauseShifts per root cause, how far the fault moves its own standardised value at the first faulty
 *                        step, before any propagation from other root causes
 */
public record CircaCase(long seed, List<String> nodes, List<CausalEdge> edges, List<SeriesSamples> series,
                        long faultTimeMs, long endMs, Set<String> rootCauses, Map<String, Double> rootCauseShifts) {
    public CircaCase {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        series = List.copyOf(series);
        rootCauses = Set.copyOf(rootCauses);
        rootCauseShifts = Map.copyOf(rootCauseShifts);
        if (series.size() != nodes.size()) {
            throw new IllegalArgumentException("one series per node expected: " + nodes.size() + " nodes, "
                    + series.size() + " series");
        }
        if (rootCauses.isEmpty() || !nodes.containsAll(rootCauses)) {
            throw new IllegalArgumentException("root causes must be a non-empty set of nodes, was " + rootCauses);
        }
        if (endMs < faultTimeMs) {
            throw new IllegalArgumentException("case ends (" + endMs + ") before its fault (" + faultTimeMs + ")");
        }
    }

    /** The SLI: the node every other node reaches. */
    public String sli() {
        return nodes.get(0);
    }
}
