package io.faultline.features.stats;

/**
 * Exponentially weighted moving mean and variance: after values x0..xt the weights are
 * (1 - alpha)^t for x0 and alpha (1 - alpha)^(t - i) for every later xi; they sum to one, and the
 * variance is the weighted mean of squared deviations from the weighted mean. O(1) per value.
 *
 * <p>The update is Finch's (T. Finch, "Incremental calculation of weighted mean and variance",
 * University of Cambridge, 2009, section 9): d = x - mean, mean += alpha d,
 * var = (1 - alpha)(var + alpha d^2). The first value starts the mean with variance 0.
 * Queries before any value return NaN. Not thread-safe.
 */
public final class Ewma {
    private final double alpha;
    private double mean = Double.NaN;
    private double variance = Double.NaN;
    private long count;

    /** @param alpha the weight of the newest value, in (0, 1] */
    public Ewma(double alpha) {
        if (!(alpha > 0.0 && alpha <= 1.0)) {
            throw new IllegalArgumentException("alpha must be in (0, 1], was " + alpha);
        }
        this.alpha = alpha;
    }

    /** An EWMA whose weights halve every {@code halfLife} values: alpha = 1 - 2^(-1 / halfLife). */
    public static Ewma withHalfLife(double halfLife) {
        if (!(halfLife > 0.0 && Double.isFinite(halfLife))) {
            throw new IllegalArgumentException("half-life must be finite and > 0, was " + halfLife);
        }
        return new Ewma(-Math.expm1(-Math.log(2.0) / halfLife));
    }

    public void add(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, was " + value);
        }
        if (count == 0) {
            mean = value;
            variance = 0.0;
        } else {
            double delta = value - mean;
            double increment = alpha * delta;
            mean += increment;
            variance = (1.0 - alpha) * (variance + delta * increment);
        }
        count++;
    }

    public double alpha() {
        return alpha;
    }

    /** How many values have been added. */
    public long count() {
        return count;
    }

    public double mean() {
        return mean;
    }

    public double variance() {
        return variance;
    }

    public double standardDeviation() {
        return Math.sqrt(variance);
    }
}
