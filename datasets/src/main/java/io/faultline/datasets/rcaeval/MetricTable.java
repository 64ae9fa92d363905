package io.faultline.datasets.rcaeval;

import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesSamples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One recording as a wide table: a time axis shared by every column, strictly increasing, in unix
 * milliseconds, and the metric columns. Missing cells stay {@code NaN} so that a ranker can fill them the
 * way the benchmark's own code does (RCAEval forward-fills, then fills with 0). The time array is owned by
 * this value: callers must not change it.
 */
public record MetricTable(long[] timestampsMs, List<MetricColumn> columns) {
    /** A table with no rows and no columns: what a case without a separate normal recording has. */
    public static final MetricTable EMPTY = new MetricTable(new long[0], List.of());

    public MetricTable {
        if (timestampsMs == null || columns == null) {
            throw new IllegalArgumentException("a table needs a time axis and a column list");
        }
        columns = List.copyOf(columns);
        for (int i = 1; i < timestampsMs.length; i++) {
            if (timestampsMs[i] <= timestampsMs[i - 1]) {
                throw new IllegalArgumentException("time must increase strictly, row " + i + " has "
                        + timestampsMs[i] + " after " + timestampsMs[i - 1]);
            }
        }
        Set<String> names = new HashSet<>();
        for (MetricColumn c : columns) {
            if (c.values().length != timestampsMs.length) {
                throw new IllegalArgumentException("column '" + c.name() + "' has " + c.values().length
                        + " values for " + timestampsMs.length + " rows");
            }
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("column '" + c.name() + "' appears twice");
            }
        }
    }

    public int rows() {
        return timestampsMs.length;
    }

    public boolean isEmpty() {
        return timestampsMs.length == 0;
    }

    /** The column of that name, if the table has it. */
    public Optional<MetricColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Index of the first row at or after {@code timeMs}; {@link #rows()} when every row is before it. */
    public int firstRowAtOrAfter(long timeMs) {
        int i = Arrays.binarySearch(timestampsMs, timeMs);
        return i >= 0 ? i : -i - 1;
    }

    /** The column as a Faultline series ({@link MetricColumn#key()}), its {@code NaN} cells left out. */
    public SeriesSamples samples(MetricColumn column) {
        double[] values = column.values();
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        long[] ts = new long[n];
        double[] vs = new double[n];
        int j = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                ts[j] = timestampsMs[i];
                vs[j++] = values[i];
            }
        }
        return new SeriesSamples(column.key(), ts, vs);
    }

    /** Every column as {@link #samples(MetricColumn)}, in column order. */
    public SampleBatch toSampleBatch() {
        List<SeriesSamples> series = new ArrayList<>(columns.size());
        for (MetricColumn c : columns) {
            series.add(samples(c));
        }
        return new SampleBatch(series);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricTable t && Arrays.equals(timestampsMs, t.timestampsMs) && columns.equals(t.columns);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(timestampsMs) + columns.hashCode();
    }

    @Override
    public String toString() {
        return "MetricTable[" + rows() + " rows x " + columns.size() + " columns]";
    }
}
