package io.faultline.training.nab;

import io.faultline.datasets.nab.NabSeries;
import io.faultline.datasets.nab.NabWindow;
import java.util.Arrays;
import java.util.List;

/**
 * A detector's output for one NAB file: the file's rows in order, one anomaly score in [0, 1] per row
 * (NAB's contract), and the file's labelled windows, which define the scoring. The arrays are owned
 * by this value: callers must not change them.
 */
public record NabResultFile(String category, String name, long[] timestampsMs, double[] values, double[] anomalyScores,
        List<NabWindow> windows) {

    public NabResultFile {
        requireName("category", category);
        requireName("name", name);
        if (timestampsMs.length != values.length || values.length != anomalyScores.length) {
            throw new IllegalArgumentException(category + "/" + name + ".csv: timestamps, values and anomaly scores differ in length: "
                    + timestampsMs.length + ", " + values.length + ", " + anomalyScores.length);
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(category + "/" + name + ".csv: no rows");
        }
        for (int i = 0; i < anomalyScores.length; i++) {
            if (!(anomalyScores[i] >= 0 && anomalyScores[i] <= 1)) {
                throw new IllegalArgumentException(category + "/" + name + ".csv row " + i
                        + ": anomaly score must be in [0, 1], was " + anomalyScores[i]);
            }
        }
        windows = List.copyOf(windows);
        try {
            NabWindow.requireAligned(windows, timestampsMs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(category + "/" + name + ".csv: " + e.getMessage(), e);
        }
    }

    /** A detector's scores for the rows of a NAB series, with the series' windows. */
    public static NabResultFile of(NabSeries series, double[] anomalyScores) {
        return new NabResultFile(series.category(), series.name(), series.timestampsMs(), series.values(),
                anomalyScores, series.windows());
    }

    /** NAB's key for the file, e.g. {@code realKnownCause/nyc_taxi.csv}. */
    public String relativePath() {
        return category + "/" + name + ".csv";
    }

    public int size() {
        return values.length;
    }

    /** NAB's per-row labels (1 when the row's time lies in a window). */
    public int[] labels() {
        return NabWindow.labels(timestampsMs, windows);
    }

    private static void requireName(String what, String value) {
        if (value == null || value.isBlank() || value.contains("/") || value.contains("\\")) {
            throw new IllegalArgumentException(what + " must be a non-blank name without '/', was '" + value + "'");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NabResultFile r && category.equals(r.category) && name.equals(r.name)
                && Arrays.equals(timestampsMs, r.timestampsMs) && Arrays.equals(values, r.values)
                && Arrays.equals(anomalyScores, r.anomalyScores) && windows.equals(r.windows);
    }

    @Override
    public int hashCode() {
        return 31 * relativePath().hashCode() + Arrays.hashCode(anomalyScores);
    }

    @Override
    public String toString() {
        return relativePath() + "[" + values.length + " rows, " + windows.size() + " windows]";
    }
}
