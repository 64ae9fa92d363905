package io.faultline.models;

import java.util.Arrays;

/**
 * The state of a fitted detector that is deterministic given its input ({@code cad-ose}, {@code artime}):
 * the finite history values it learned from, in order. Replaying them rebuilds the detector exactly, and
 * saving them is smaller and simpler than saving its learned object graph.
 */
public record LearnedValues(double[] learned) {

    public LearnedValues {
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
        return o instanceof LearnedValues v && Arrays.equals(learned, v.learned);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(learned);
    }

    @Override
    public String toString() {
        return "LearnedValues[" + learned.length + " values]";
    }
}
