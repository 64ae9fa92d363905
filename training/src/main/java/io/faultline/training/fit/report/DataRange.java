package io.faultline.training.fit.report;

/** The first and last timestamp of some data, both inclusive, in Unix milliseconds. */
public record DataRange(long fromMs, long toMs) {
    public DataRange {
        if (fromMs > toMs) {
            throw new IllegalArgumentException("data range must have fromMs <= toMs, was [" + fromMs + ", " + toMs + "]");
        }
    }
}
