package io.faultline.datasets.rcaeval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the rows of a wide file column by column and makes a {@link MetricTable} of them. The readers
 * check time order before adding a row, so that their error can name the line.
 */
public final class TableBuilder {
    private final List<String> names;
    private final List<String> components;
    private final List<String> metrics;
    private long[] times = new long[256];
    private final double[][] columns;
    private int rows;

    /** One entry per column in each list, in column order. */
    public TableBuilder(List<String> names, List<String> components, List<String> metrics) {
        if (names.size() != components.size() || names.size() != metrics.size()) {
            throw new IllegalArgumentException("names, components and metrics differ in length: "
                    + names.size() + ", " + components.size() + ", " + metrics.size());
        }
        this.names = List.copyOf(names);
        this.components = List.copyOf(components);
        this.metrics = List.copyOf(metrics);
        this.columns = new double[names.size()][256];
    }

    public int columnCount() {
        return names.size();
    }

    public int rows() {
        return rows;
    }

    /** The time of the last row added; only valid when {@link #rows()} > 0. */
    public long lastTimeMs() {
        return times[rows - 1];
    }

    /** Appends a row: its time and one value per column. */
    public void add(long timeMs, double[] values) {
        if (values.length != names.size()) {
            throw new IllegalArgumentException("row has " + values.length + " values for " + names.size() + " columns");
        }
        if (rows == times.length) {
            int capacity = rows * 2;
            times = Arrays.copyOf(times, capacity);
            for (int c = 0; c < columns.length; c++) {
                columns[c] = Arrays.copyOf(columns[c], capacity);
            }
        }
        times[rows] = timeMs;
        for (int c = 0; c < columns.length; c++) {
            columns[c][rows] = values[c];
        }
        rows++;
    }

    public MetricTable build() {
        List<MetricColumn> list = new ArrayList<>(names.size());
        for (int c = 0; c < names.size(); c++) {
            list.add(new MetricColumn(names.get(c), components.get(c), metrics.get(c), Arrays.copyOf(columns[c], rows)));
        }
        return new MetricTable(Arrays.copyOf(times, rows), list);
    }
}
