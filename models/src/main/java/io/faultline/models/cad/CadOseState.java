package io.faultline.models.cad;

import java.util.Arrays;

/**
 * What a fitted {@link CadOseDetector} carries: the finite history values it learned from, in order.
 * CAD-OSE is deterministic, so replaying them rebuilds its context memory exactly; saving the values
 * is smaller and simpler than saving the memory's object graph.
 */
public record CadOseState(double[] learned) {

    public CadOseState {
        if (learned == null) {
            throw new IllegalArgumentException("learned is required");
        }
        learned = learned.clone();
        for (int i = 0; i < learned.length; i++) {
            if (!Double.isFinite(learned[i])) {
                throw new IllegalArgumentException("learned[" + i + "] must be finite, was " + learned[i]);
            }
        }
    }

    @Override
    public double[] learned() {
        return learned.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CadOseState s && Arrays.equals(learned, s.learned);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(learned);
    }

    @Override
    public String toString() {
        return "CadOseState[" + learned.length + " values]";
    }
}
