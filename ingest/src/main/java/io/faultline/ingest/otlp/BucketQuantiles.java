package io.faultline.ingest.otlp;

/**
 * A quantile estimated from explicit histogram buckets the way Prometheus' {@code histogram_quantile}
 * does it (promql/quantile.go, {@code bucketQuantile}): find the bucket the rank {@code q * count}
 * falls into and interpolate linearly inside it; the lowest bucket starts at 0 unless its upper bound
 * is not positive (then that bound is the answer); a rank in the open-ended last bucket answers the
 * highest finite bound. Fewer than one finite bound, or no observations, give NaN.
 */
final class BucketQuantiles {
    private BucketQuantiles() {
    }

    /**
     * @param bounds  the OTLP {@code explicit_bounds}, strictly increasing
     * @param counts  observations per bucket (not cumulative), {@code bounds.length + 1} of them; bucket
     *                {@code i} holds values in {@code (bounds[i-1], bounds[i]]}, the last one those above
     *                the highest bound
     */
    static double quantile(double q, double[] bounds, long[] counts) {
        if (counts.length != bounds.length + 1) {
            throw new IllegalArgumentException("need " + (bounds.length + 1) + " bucket counts for "
                    + bounds.length + " bounds, got " + counts.length);
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile must be in [0, 1], was " + q);
        }
        double observations = 0;
        for (long c : counts) {
            observations += c;
        }
        if (bounds.length == 0 || observations == 0) {
            return Double.NaN;
        }
        double rank = q * observations;
        double below = 0; // observations in the buckets before b
        int b = 0;
        while (b < bounds.length && below + counts[b] < rank) {
            below += counts[b];
            b++;
        }
        if (b == bounds.length) {
            return bounds[bounds.length - 1];
        }
        if (b == 0 && bounds[0] <= 0) {
            return bounds[0];
        }
        double start = b == 0 ? 0 : bounds[b - 1];
        return start + (bounds[b] - start) * ((rank - below) / counts[b]);
    }
}
