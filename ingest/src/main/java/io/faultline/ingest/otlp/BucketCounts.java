package io.faultline.ingest.otlp;

import java.util.Arrays;

/**
 * Observations per explicit bucket: {@code counts[i]} in {@code (bounds[i-1], bounds[i]]}, the last
 * count above the highest bound; {@code counts.length == bounds.length + 1}. Not cumulative.
 */
record BucketCounts(double[] bounds, long[] counts) {

    /** The estimate of quantile {@code q} (see {@link BucketQuantiles}); NaN when nothing was observed. */
    double quantile(double q) {
        return BucketQuantiles.quantile(q, bounds, counts);
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
