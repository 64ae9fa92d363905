package io.faultline.datasets.circa;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A weighted DAG with a single sink, drawn as CIRCA's {@code generate_sedag} draws it: node {@code 0} is the
 * sink (the SLI); every other node {@code c} gets one edge to a node drawn uniformly below it, which connects
 * the graph and makes every node reach the sink, then further edges {@code c -> r} with {@code r < c} are
 * drawn until the wanted count is reached. A cause always has a higher index than its effects, so the
 * indices in descending order are a topological order. Weights are uniform on
 * {@code [-max, -min] u [min, max]}. Immutable.
 */
public final class CausalDag {
    private final double[][] weight;
    private final int edges;

    private CausalDag(double[][] weight, int edges) {
        this.weight = weight;
        this.edges = edges;
    }

    /** A random DAG of {@code params.nodes()} nodes and {@code params.edgeCount()} edges drawn from {@code rng}. */
    static CausalDag random(CircaParams params, Random rng) {
        int n = params.nodes();
        double[][] w = new double[n][n];
        for (int cause = 1; cause < n; cause++) {
            w[rng.nextInt(cause)][cause] = weight(params, rng);
        }
        int extra = params.edgeCount() - (n - 1);
        while (extra > 0) {
            int cause = 1 + rng.nextInt(n - 1);
            int effect = rng.nextInt(cause);
            if (w[effect][cause] == 0) {
                w[effect][cause] = weight(params, rng);
                extra--;
            }
        }
        return new CausalDag(w, params.edgeCount());
    }

    private static double weight(CircaParams params, Random rng) {
        double magnitude = params.minWeight() + rng.nextDouble() * (params.maxWeight() - params.minWeight());
        return rng.nextBoolean() ? magnitude : -magnitude;
    }

    public int size() {
        return weight.length;
    }

    public int edgeCount() {
        return edges;
    }

    /** The weight of the edge {@code cause -> effect}, 0 when there is none. */
    public double weight(int effect, int cause) {
        return weight[effect][cause];
    }

    /** The direct causes of {@code effect}, ascending. */
    public int[] parents(int effect) {
        List<Integer> list = new ArrayList<>();
        for (int c = 0; c < size(); c++) {
            if (weight[effect][c] != 0) {
                list.add(c);
            }
        }
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The longest path, in edges, from {@code node} to the sink. */
    public int depth(int node) {
        int[] depth = new int[size()];
        for (int v = 1; v <= node; v++) {
            int best = 0;
            for (int e = 0; e < v; e++) {
                if (weight[e][v] != 0) {
                    best = Math.max(best, depth[e] + 1);
                }
            }
            depth[v] = best;
        }
        return depth[node];
    }

    /** Every edge as cause -> effect, named by {@code names}, by effect then cause. */
    public List<CausalEdge> edges(List<String> names) {
        List<CausalEdge> list = new ArrayList<>(edges);
        for (int effect = 0; effect < size(); effect++) {
            for (int cause = 0; cause < size(); cause++) {
                if (weight[effect][cause] != 0) {
                    list.add(new CausalEdge(names.get(cause), names.get(effect), weight[effect][cause]));
                }
            }
        }
        return list;
    }
}
