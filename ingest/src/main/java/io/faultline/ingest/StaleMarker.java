package io.faultline.ingest;

/**
 * Prometheus' staleness marker: a NaN with one exact bit pattern ({@code 0x7ff0000000000002}),
 * written when a series disappears (a target vanished, a scrape failed, OTLP's
 * "no recorded value" flag). It is a sample that says "this series ended here", not a
 * measurement; any other NaN is an ordinary value.
 */
public final class StaleMarker {
    /** The marker's bits, as Prometheus' {@code value.StaleNaN}. */
    public static final long BITS = 0x7ff0000000000002L;
    /** The marker as a double; compare with {@link #isStale(double)}, never with {@code ==}. */
    public static final double VALUE = Double.longBitsToDouble(BITS);

    private StaleMarker() {
    }

    /** True only for the marker's exact bits (an ordinary NaN is not a marker). */
    public static boolean isStale(double value) {
        return Double.doubleToRawLongBits(value) == BITS;
    }
}
