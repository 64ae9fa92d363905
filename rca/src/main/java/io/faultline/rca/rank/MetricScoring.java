package io.faultline.rca.rank;

import io.faultline.rca.ComponentSeries;
import io.faultline.rca.RcaCase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores every metric of a case the way RCAEval's BARO and N-Sigma do: the case as a filled
 * {@link CaseFrame}, split at the onset into the last rows before it and the first rows from it (see
 * {@link RcaEvalPreprocessing}); dropped and constant columns left out; the scaler fitted on the
 * normal part; the score the largest scaled value of the anomalous part. Sorting is stable, so
 * equal scores keep the order of the series in the case, as Python's {@code sorted} does.
 */
final class MetricScoring {
    private final RcaEvalPreprocessing prep;
    private final ColumnScaler scaler;

    MetricScoring(RcaEvalPreprocessing prep, ColumnScaler scaler) {
        this.prep = prep;
        this.scaler = scaler;
    }

    List<ScoredMetric> score(RcaCase rcaCase) {
        CaseFrame frame = CaseFrame.of(rcaCase);
        int onsetRow = frame.firstRowAtOrAfter(rcaCase.onsetMs());
        int normalFrom = Math.max(0, onsetRow - prep.normalRows());
        int anomalousTo = Math.min(frame.rows(), onsetRow + prep.anomalousRows());
        if (onsetRow == 0 || anomalousTo == onsetRow) {
            return List.of();
        }
        List<ScoredMetric> scored = new ArrayList<>();
        for (int c = 0; c < frame.columnCount(); c++) {
            String name = frame.name(c);
            if (prep.dropped(name)) {
                continue;
            }
            double[] normal = frame.slice(c, normalFrom, onsetRow);
            double[] anomalous = frame.slice(c, onsetRow, anomalousTo);
            // RCAEval drops constant columns of each part before converting units.
            if (constant(normal) || constant(anomalous)) {
                continue;
            }
            if (prep.memory(name)) {
                divide(normal, prep.memoryDivisor());
                divide(anomalous, prep.memoryDivisor());
            }
            ColumnScaler.Fit fit = scaler.fit(normal);
            int peak = 0;
            double best = fit.score(anomalous[0]);
            for (int r = 1; r < anomalous.length; r++) {
                double s = fit.score(anomalous[r]);
                if (s > best || (Double.isNaN(best) && !Double.isNaN(s))) {
                    best = s;
                    peak = r;
                }
            }
            ComponentSeries cs = frame.column(c);
            scored.add(new ScoredMetric(cs.samples().key(), name, cs.component(), cs.signal(), best, fit.center(),
                    anomalous[peak], frame.time(onsetRow + peak)));
        }
        // Stable: equal scores (0.0 and -0.0 too, as in Python) keep the case's column order; a NaN
        // score (from an infinite spread) goes last.
        scored.sort(Comparator.comparingInt((ScoredMetric m) -> Double.isNaN(m.score()) ? 1 : 0)
                .thenComparing((a, b) -> a.score() > b.score() ? -1 : a.score() < b.score() ? 1 : 0));
        return List.copyOf(scored);
    }

    /** pandas' {@code (df != df.iloc[0]).any()} negated: every value equals the first. */
    private static boolean constant(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }

    private static void divide(double[] values, double divisor) {
        for (int i = 0; i < values.length; i++) {
            values[i] /= divisor;
        }
    }
}
