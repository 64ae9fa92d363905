package io.faultline.training.nab;

import io.faultline.datasets.nab.NabWindow;
import java.util.List;

/**
 * Two small files whose NAB scores are worked out by hand in {@link NabScorerTest}. Rows are one
 * minute apart; with 15% probation, file A (20 rows) skips rows 0-2 and file B (60 rows) rows 0-8.
 * <pre>
 * A, category "cat1": window rows 8..11. Scores: row 1 0.95 (probation), row 5 0.6 (false positive
 *    before any window), row 9 0.9 and row 10 0.88 (inside), row 14 0.8 (one window width after it).
 * B, category "cat2": window rows 40..43. Scores: rows 9..28 0.55 (twenty false positives before
 *    any window), row 40 0.5 (the window's first row).
 * </pre>
 */
final class NabHandmadeCorpus {
    static final long MINUTE = 60_000;

    private NabHandmadeCorpus() {
    }

    static NabResultFile fileA() {
        double[] scores = new double[20];
        scores[1] = 0.95;
        scores[5] = 0.6;
        scores[9] = 0.9;
        scores[10] = 0.88;
        scores[14] = 0.8;
        return file("cat1", "a", scores, 8, 11);
    }

    static NabResultFile fileB() {
        double[] scores = new double[60];
        for (int i = 9; i <= 28; i++) {
            scores[i] = 0.55;
        }
        scores[40] = 0.5;
        return file("cat2", "b", scores, 40, 43);
    }

    static List<NabResultFile> corpus() {
        return List.of(fileA(), fileB());
    }

    static NabResultFile file(String category, String name, double[] scores, int windowStart, int windowEnd) {
        long[] ts = new long[scores.length];
        double[] values = new double[scores.length];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = i * MINUTE;
            values[i] = i;
        }
        List<NabWindow> windows = windowStart < 0 ? List.of() : List.of(new NabWindow(ts[windowStart], ts[windowEnd]));
        return new NabResultFile(category, name, ts, values, scores, windows);
    }
}
