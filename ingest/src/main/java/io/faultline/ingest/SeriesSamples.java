package io.faultline.ingest;

import java.util.Arrays;

/**
 * The samples of one series in columns, ordered by time. The arrays are owned by this value:
 * callers must not change them after construction.
 */
public record SeriesSamples(SeriesKey key, long[] timestampsMs, double[] values) {
    public SeriesSamples {
        if (key == null) {
            throw new IllegalArgumentException("series key is required");
        }
        if (timestampsMs.length != values.length) {
            throw new IllegalArgumentException("timestamps and values differ in length for " + key
                    + ": " + timestampsMs.length + " vs " + values.length);
        }
    }

    public int size() {
        return values.length;
    }

    public Sample sample(int i) {
        return new Sample(timestampsMs[i], values[i]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeriesSamples s && key.equals(s.key)
                && Arrays.equals(timestampsMs, s.timestampsMs) && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * key.hashCode() + Arrays.hashCode(timestampsMs)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return key + "[" + values.length + " samples]";
    }
}
