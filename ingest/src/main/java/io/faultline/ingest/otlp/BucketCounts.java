package io.faultline.ingest.otlp;

import java.util.Arrays;

/**
 * Observations per explicit bucket: {@code counts[i]} in {@code (bounds[i-1], bounds[i]]}, the last
 * count above the highest bound; {@code counts.length == bounds.length + 1}. Not cumulative.
 */
record BucketCounts(double[] bounds, long[] counts) implements HistogramBuckets {

    /** The estimate of quantile {@code q} (see {@link BucketQuantiles}); NaN when nothing was observed. */
    double quantile(double q) {
        return BucketQuantiles.quantile(q, bounds, counts);
    }

    /** Counts one more than bounds, bounds finite and strictly increasing, counts below 2^63. */
    @Override
    public String problem() {
        if (counts.length == 0) {
            return "has no bucketCounts (only count and sum), so no quantile can be derived";
        }
        if (counts.length != bounds.length + 1) {
            return counts.length + " bucketCounts for " + bounds.length + " explicitBounds (must be one more)";
        }
        for (int i = 0; i < bounds.length; i++) {
            if (!Double.isFinite(bounds[i]) || (i > 0 && bounds[i] <= bounds[i - 1])) {
                return "explicitBounds[" + i + "] = " + bounds[i] + " is not finite and strictly increasing";
            }
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                return "bucketCounts[" + i + "] is larger than 2^63-1";
            }
        }
        return null;
    }

    @Override
    public BucketCounts explicit() {
        return this;
    }

    /**
     * The observations between {@code previous} and {@code current} of one cumulative series: the
     * difference bucket by bucket; {@code current} when a count went down (a reset); null when the
     * bounds changed (not comparable).
     */
    static BucketCounts since(BucketCounts previous, BucketCounts current) {
        if (!Arrays.equals(previous.bounds, current.bounds)) {
            return null;
        }
        long[] delta = new long[current.counts.length];
        for (int i = 0; i < delta.length; i++) {
            delta[i] = current.counts[i] - previous.counts[i];
            if (delta[i] < 0) {
                return current;
            }
        }
        return new BucketCounts(current.bounds, delta);
    }
}
