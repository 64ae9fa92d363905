package io.faultline.training.fit;

/**
 * A half-open time range {@code fromMs <= t < toMs} in Unix milliseconds, the convention of
 * {@link io.faultline.ingest.MetricStore#read}. {@link #ALL} is unbounded on both sides.
 */
public record TimeRange(long fromMs, long toMs) {
    /** Every representable time. */
    public static final TimeRange ALL = new TimeRange(Long.MIN_VALUE, Long.MAX_VALUE);

    public TimeRange {
        if (fromMs >= toMs) {
            throw new IllegalArgumentException("time range must have fromMs < toMs, was [" + fromMs + ", " + toMs + ")");
        }
    }

    /** The lower bound, or null when unbounded. */
    Long fromOrNull() {
        return fromMs == Long.MIN_VALUE ? null : fromMs;
    }

    /** The upper bound, or null when unbounded. */
    Long toOrNull() {
        return toMs == Long.MAX_VALUE ? null : toMs;
    }
}
