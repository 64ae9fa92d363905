package io.faultline.models.kmeans;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a fitted {@link KMeansWindowDetector} carries: the learned model, or null when the
 * history was too short to train, and {@code recent}, the finite history values that prime every
 * scorer (the last {@code window - 1} when trained; all of them, fewer than {@code minHistory},
 * when not, so that each scorer can finish collecting and train).
 */
public record KMeansWindowState(KMeansWindowModel model, double[] recent) {

    public KMeansWindowState {
        if (recent == null) {
            throw new IllegalArgumentException("recent is required (may be empty)");
        }
        recent = recent.clone();
        for (int i = 0; i < recent.length; i++) {
            if (!Double.isFinite(recent[i])) {
                throw new IllegalArgumentException("recent[" + i + "] must be finite, was " + recent[i]);
            }
        }
        if (model != null && recent.length > model.window() - 1) {
            throw new IllegalArgumentException("recent holds " + recent.length + " values, more than window - 1 = "
                    + (model.window() - 1));
        }
    }

    @Override
    public double[] recent() {
        return recent.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KMeansWindowState s && Objects.equals(model, s.model)
                && Arrays.equals(recent, s.recent);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(model) + Arrays.hashCode(recent);
    }

    @Override
    public String toString() {
        return "KMeansWindowState[model=" + model + ", recent=" + recent.length + " values]";
    }
}
