package io.faultline.datasets.circa;

/**
 * A causal edge of a {@link CausalDag}: {@code effect}'s value takes {@code weight} times {@code cause}'s (after
 * the DAG's lag), so a fault in {@code cause} propagates to {@code effect}. In a call graph the effect is the
 * caller and the cause the callee.
 */
public record CausalEdge(String cause, String effect, double weight) {
    public CausalEdge {
        if (cause == null || effect == null || cause.equals(effect)) {
            throw new IllegalArgumentException("an edge needs two distinct nodes, was " + cause + " -> " + effect);
        }
        if (!Double.isFinite(weight) || weight == 0) {
            throw new IllegalArgumentException("edge " + cause + " -> " + effect + " needs a finite non-zero weight, was "
                    + weight);
        }
    }
}
