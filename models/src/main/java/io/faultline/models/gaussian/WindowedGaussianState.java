package io.faultline.models.gaussian;

import java.util.Arrays;

/**
 * What a fitted {@link WindowedGaussianDetector} carries: the window the mean and deviation are
 * taken over, oldest first, and the points received since the window last moved, which join it
 * together once there are {@code step} of them.
 */
public record WindowedGaussianState(double[] window, double[] pending) {

    public WindowedGaussianState {
        if (window == null || pending == null) {
            throw new IllegalArgumentException("window and pending are required");
        }
        window = requireFinite("window", window);
        pending = requireFinite("pending", pending);
    }

    private static double[] requireFinite(String field, double[] values) {
        double[] copy = values.clone();
        for (int i = 0; i < copy.length; i++) {
            if (!Double.isFinite(copy[i])) {
                throw new IllegalArgumentException(field + "[" + i + "] must be finite, was " + copy[i]);
            }
        }
        return copy;
    }

    @Override
    public double[] window() {
        return window.clone();
    }

    @Override
    public double[] pending() {
        return pending.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WindowedGaussianState s && Arrays.equals(window, s.window) && Arrays.equals(pending, s.pending);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(window) + Arrays.hashCode(pending);
    }

    @Override
    public String toString() {
        return "WindowedGaussianState[" + window.length + " values, " + pending.length + " pending]";
    }
}
