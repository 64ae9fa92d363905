package io.faultline.ingest.format.remotewrite;

/**
 * Why a sample of an accepted remote_write request was left out of the batch. The rest of the request is
 * still stored: answering 400 would make the sender drop the whole request, good samples included.
 */
public enum DropReason {
    /**
     * Prometheus' staleness marker (a NaN with the bits {@code 0x7ff0000000000002}): the series ended or its
     * target vanished. Not an error; it is counted, never stored as a value.
     */
    STALE_MARKER("stale_marker"),
    /** Any other NaN: not a measurement, so it is neither stored nor scored. */
    NAN("nan"),
    /** {@code +Inf} or {@code -Inf}. */
    INFINITE("infinite"),
    /** A timestamp outside the configured window ({@code IngestLimits.minTimestampMs..maxTimestampMs}). */
    TIMESTAMP_OUT_OF_RANGE("timestamp_out_of_range"),
    /** A second sample of one series at one timestamp within the request; the first one is kept. */
    DUPLICATE_TIMESTAMP("duplicate_timestamp"),
    /** A native histogram (TimeSeries field 4): not supported yet; counted per histogram. */
    NATIVE_HISTOGRAM("native_histogram");

    private final String label;

    DropReason(String label) {
        this.label = label;
    }

    /** The reason as a metric label value, e.g. {@code stale_marker}. */
    public String label() {
        return label;
    }
}
