package io.faultline.datasets.nab;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.Arrays;
import java.util.List;

/**
 * One NAB data file: its category folder, its name without {@code .csv}, its rows in file order and
 * its labelled windows. Rows keep the file's order even where the clock repeats or steps back (a few
 * NAB files do), because NAB scores by row position. The arrays are owned by this value: callers must
 * not change them.
 */
public record NabSeries(String category, String name, long[] timestampsMs, double[] values, List<NabWindow> windows) {
    /** Metric name of {@link #samples()}. */
    public static final String METRIC = "nab_value";

    public NabSeries {
        requireName("category", category);
        requireName("name", name);
        if (timestampsMs.length != values.length) {
            throw new IllegalArgumentException(category + "/" + name + ": timestamps and values differ in length: "
                    + timestampsMs.length + " vs " + values.length);
        }
        windows = List.copyOf(windows);
        try {
            NabWindow.requireAligned(windows, timestampsMs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(category + "/" + name + ".csv: " + e.getMessage(), e);
        }
    }

    /** NAB's key for the file, e.g. {@code realKnownCause/nyc_taxi.csv}. */
    public String relativePath() {
        return category + "/" + name + ".csv";
    }

    public int size() {
        return values.length;
    }

    /** NAB's per-row labels (1 inside a window), see {@link NabWindow#labels}. */
    public int[] labels() {
        return NabWindow.labels(timestampsMs, windows);
    }

    /** The rows as a Faultline series {@code nab_value{category="...",file="..."}}, in file order. */
    public SeriesSamples samples() {
        return new SeriesSamples(SeriesKey.of(METRIC, "category", category, "file", name), timestampsMs, values);
    }

    static void requireName(String what, String value) {
        if (value == null || value.isBlank() || value.contains("/") || value.contains("\\")) {
            throw new IllegalArgumentException(what + " must be a non-blank name without '/', was '" + value + "'");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NabSeries s && category.equals(s.category) && name.equals(s.name)
                && Arrays.equals(timestampsMs, s.timestampsMs) && Arrays.equals(values, s.values)
                && windows.equals(s.windows);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * relativePath().hashCode() + Arrays.hashCode(timestampsMs)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return relativePath() + "[" + values.length + " rows, " + windows.size() + " windows]";
    }
}
