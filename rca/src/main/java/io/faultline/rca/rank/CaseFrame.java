package io.faultline.rca.rank;

import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.RcaCase;

import java.util.Arrays;
import java.util.List;

/**
 * The series of a case laid out as RCAEval's data frame: one row per distinct timestamp of any
 * series up to the case's end, one column per series (those without a component are left out, as no
 * component could be blamed for them). A series without a sample at a row, or with a NaN or infinite
 * one, is filled from its previous row, and with 0 before its first sample: RCAEval's
 * {@code replace(inf, nan)}, {@code ffill()}, {@code fillna(0)}.
 */
final class CaseFrame {
    /** The label under which the datasets module keeps a column's original name. */
    static final String COLUMN_LABEL = "column";

    private final long[] times;
    private final List<ComponentSeries> columns;
    private final List<String> names;
    private final double[][] values;

    private CaseFrame(long[] times, List<ComponentSeries> columns, double[][] values) {
        this.times = times;
        this.columns = columns;
        this.names = columns.stream().map(CaseFrame::columnName).toList();
        this.values = values;
    }

    static CaseFrame of(RcaCase rcaCase) {
        List<ComponentSeries> columns = rcaCase.series().stream().filter(cs -> cs.component() != null).toList();
        long[] times = columns.stream().flatMapToLong(cs -> Arrays.stream(cs.samples().timestampsMs()))
                .filter(t -> t <= rcaCase.endMs()).sorted().distinct().toArray();
        double[][] values = new double[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            values[c] = filled(columns.get(c).samples(), times);
        }
        return new CaseFrame(times, columns, values);
    }

    /**
     * The column name RCAEval ranks: the {@value #COLUMN_LABEL} label when the series has one (every
     * series loaded from a benchmark does), else {@code <component>_<metric>}.
     */
    static String columnName(ComponentSeries cs) {
        String label = cs.samples().key().label(COLUMN_LABEL);
        return label != null ? label : cs.component() + "_" + cs.samples().key().metric();
    }

    private static double[] filled(SeriesSamples s, long[] times) {
        double[] out = new double[times.length];
        long[] t = s.timestampsMs();
        double[] x = s.values();
        double last = 0;
        int p = 0;
        for (int r = 0; r < times.length; r++) {
            while (p < t.length && t[p] < times[r]) {
                p++;
            }
            // A repeated timestamp keeps its last sample, as a later write would.
            while (p + 1 < t.length && t[p + 1] == times[r]) {
                p++;
            }
            if (p < t.length && t[p] == times[r] && Double.isFinite(x[p])) {
                last = x[p];
            }
            out[r] = last;
        }
        return out;
    }

    int rows() {
        return times.length;
    }

    long time(int row) {
        return times[row];
    }

    int columnCount() {
        return columns.size();
    }

    ComponentSeries column(int c) {
        return columns.get(c);
    }

    String name(int c) {
        return names.get(c);
    }

    double value(int c, int row) {
        return values[c][row];
    }

    /** Index of the first row at or after {@code timeMs}; {@link #rows()} when there is none. */
    int firstRowAtOrAfter(long timeMs) {
        int i = Arrays.binarySearch(times, timeMs);
        return i >= 0 ? i : -i - 1;
    }

    /** Column {@code c} over rows {@code from} (inclusive) to {@code to} (exclusive), a copy. */
    double[] slice(int c, int from, int to) {
        return Arrays.copyOfRange(values[c], from, to);
    }
}
