package io.faultline.models.robust;

import java.util.Arrays;

/**
 * What a fitted {@link RobustZScoreDetector} carries: the last finite values of the history,
 * oldest first, that prime every scorer's window.
 */
public record RobustZScoreState(double[] window) {

    public RobustZScoreState {
        if (window == null) {
            throw new IllegalArgumentException("window is required");
        }
        window = window.clone();
        for (int i = 0; i < window.length; i++) {
            if (!Double.isFinite(window[i])) {
                throw new IllegalArgumentException("window[" + i + "] must be finite, was " + window[i]);
            }
        }
    }

    @Override
    public double[] window() {
        return window.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RobustZScoreState s && Arrays.equals(window, s.window);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(window);
    }

    @Override
    public String toString() {
        return "RobustZScoreState[" + window.length + " values]";
    }
}
