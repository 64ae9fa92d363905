package io.faultline.ingest.otlp;

/**
 * The buckets of one histogram point, explicit ({@link BucketCounts}) or exponential
 * ({@link ExponentialBuckets}), as the mapper handles both: validated, then laid out as explicit
 * bounds for the quantiles.
 */
interface HistogramBuckets {

    /** What makes these buckets unusable (a point rejected for it), or null when they are valid. */
    String problem();

    /** The same observations as explicit buckets, for {@link BucketQuantiles}. */
    BucketCounts explicit();
}
