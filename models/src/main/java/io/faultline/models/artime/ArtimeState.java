package io.faultline.models.artime;

import java.util.Arrays;

/**
 * What a fitted {@link ArtimeDetector} carries: the finite history values it learned from, in order.
 * ARTime is deterministic, so replaying them rebuilds its network exactly.
 */
public record ArtimeState(double[] learned) {

    public ArtimeState {
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
        return o instanceof ArtimeState s && Arrays.equals(learned, s.learned);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(learned);
    }

    @Override
    public String toString() {
        return "ArtimeState[" + learned.length + " values]";
    }
}
