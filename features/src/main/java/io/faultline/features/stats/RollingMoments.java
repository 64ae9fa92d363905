package io.faultline.features.stats;

import io.faultline.features.window.DoubleRingBuffer;

/**
 * Mean and variance of the last {@code capacity} values, updated in O(1) amortised per value.
 *
 * <p>Growing the window uses Welford's update (Welford, "Note on a method for calculating
 * corrected sums of squares and products", Technometrics 4(3), 1962). Sliding a full window
 * replaces the oldest value o by the new x in one step: mean' = mean + (x - o) / n and
 * M2' = M2 + (x - o)(x - mean' + o - mean). Removal is less stable than insertion (errors are
 * never forgotten), so every {@code capacity} slides the moments are recomputed from the window
 * by the two-pass algorithm: O(n) once per n updates keeps the cost O(1) amortised and the
 * error bounded by that of n updates.
 *
 * <p>Queries that need more values than the window holds return NaN. Not thread-safe.
 */
public final class RollingMoments {
    private final DoubleRingBuffer window;
    private double mean;
    private double sumOfSquares;
    private int slidesSinceRecompute;

    public RollingMoments(int capacity) {
        this.window = new DoubleRingBuffer(capacity);
    }

    /** Adds a finite value, evicting the oldest one when the window is full. O(1) amortised. */
    public void add(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, was " + value);
        }
        if (!window.isFull()) {
            window.add(value);
            double delta = value - mean;
            mean += delta / window.size();
            sumOfSquares += delta * (value - mean);
        } else {
            double evicted = window.add(value);
            double oldMean = mean;
            double delta = value - evicted;
            mean += delta / window.size();
            sumOfSquares += delta * (value - mean + evicted - oldMean);
            if (++slidesSinceRecompute >= window.capacity()) {
                recompute();
            }
        }
        sumOfSquares = Math.max(0.0, sumOfSquares);
    }

    public int size() {
        return window.size();
    }

    public int capacity() {
        return window.capacity();
    }

    public boolean isFull() {
        return window.isFull();
    }

    /** The mean of the window, NaN when empty. */
    public double mean() {
        return window.isEmpty() ? Double.NaN : mean;
    }

    /** The sample variance (denominator n - 1), NaN with fewer than two values. */
    public double variance() {
        return window.size() < 2 ? Double.NaN : sumOfSquares / (window.size() - 1);
    }

    /** The population variance (denominator n), NaN when empty. */
    public double populationVariance() {
        return window.isEmpty() ? Double.NaN : sumOfSquares / window.size();
    }

    /** The sample standard deviation, NaN with fewer than two values. */
    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    private void recompute() {
        int n = window.size();
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum += window.get(i);
        }
        double newMean = sum / n;
        double squares = 0.0;
        double residual = 0.0;
        for (int i = 0; i < n; i++) {
            double d = window.get(i) - newMean;
            squares += d * d;
            residual += d;
        }
        // the corrected two-pass form: residual is what rounding left in the first pass's mean
        mean = newMean + residual / n;
        sumOfSquares = squares - residual * residual / n;
        slidesSinceRecompute = 0;
    }
}
