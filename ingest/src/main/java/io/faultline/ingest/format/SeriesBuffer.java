package io.faultline.ingest.format;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.Arrays;

/**
 * Collects the samples of one series in arrival order, each with an origin (an index in the request,
 * or a line number) so that errors can point back at the input; then hands them out sorted by time.
 * A timestamp seen twice with the same value is kept once (a retry or an overlap is harmless); with a
 * different value it is an error, as Prometheus rejects a duplicate sample for a timestamp.
 */
final class SeriesBuffer {
    /** Builds the message for two samples at one timestamp with different values. */
    interface ConflictMessage {
        InvalidInputException conflict(long timestampMs, int firstOrigin, int laterOrigin);
    }

    private long[] timestamps = new long[8];
    private double[] values = new double[8];
    private int[] origins = new int[8];
    private int size;

    void add(long timestampMs, double value, int origin) {
        if (size == timestamps.length) {
            int capacity = size * 2;
            timestamps = Arrays.copyOf(timestamps, capacity);
            values = Arrays.copyOf(values, capacity);
            origins = Arrays.copyOf(origins, capacity);
        }
        timestamps[size] = timestampMs;
        values[size] = value;
        origins[size] = origin;
        size++;
    }

    int size() {
        return size;
    }

    /** The samples sorted by time, duplicates resolved as the class comment says. */
    SeriesSamples toSamples(SeriesKey key, ConflictMessage onConflict) {
        return TimeOrder.sortedUnique(key, timestamps, values, size, (kept, later) -> {
            if (Double.doubleToLongBits(values[kept]) != Double.doubleToLongBits(values[later])) {
                throw onConflict.conflict(timestamps[later], origins[kept], origins[later]);
            }
        });
    }
}
