package io.faultline.training.nab;

import io.faultline.datasets.nab.NabCostProfile;
import io.faultline.datasets.nab.NabWindow;
import java.util.Arrays;
import java.util.List;

/**
 * NAB's per-row sweep of one file for one profile ({@code Sweeper.calcSweepScore} of
 * {@code nab/sweeper.py}): the score each row would earn if it were a detection, and the window it
 * belongs to. A row in window w of width W whose right edge is row R earns
 * {@code scaled(-(R - i + 1) / W) * tpWeight / scaled(-1)}; a row outside earns
 * {@code scaled(|R' - i| / (W' - 1)) * fpWeight} after a window (R', W'), or {@code -fpWeight} before any.
 * Rows before the probation limit belong to no window and are never scored.
 *
 * <p>The walk mirrors NAB's line by line, including entering a window at the first row whose time
 * equals its start and taking its right edge as the first row with its end time. One deliberate
 * difference: after a window one row wide NAB divides by zero and stops; here the distance is
 * infinite, so such a false positive costs the full {@code -fpWeight}.
 *
 * @param weight the sweep score of each row
 * @param windowOf the window index of each row, {@link #OUTSIDE}, or {@link #PROBATION}
 * @param entryRow per window, the row at which the walk entered it, or -1 if it never did
 */
record NabRowWeights(double[] weight, int[] windowOf, int[] entryRow) {
    static final int OUTSIDE = -1;
    static final int PROBATION = -2;

    static NabRowWeights of(long[] ts, List<NabWindow> windows, NabCostProfile profile, double probationPercent) {
        int n = ts.length;
        double[] weight = new double[n];
        int[] windowOf = new int[n];
        int[] entryRow = new int[windows.size()];
        Arrays.fill(entryRow, -1);
        double maxTp = NabSigmoid.scaled(-1.0);
        double probationLimit = NabScorer.probationLimit(n, probationPercent);

        int next = 0;
        int cur = -1;
        int curRight = 0;
        double curWidth = 0;
        int prevRight = -1;
        double prevWidth = 0;
        for (int i = 0; i < n; i++) {
            long t = ts[i];
            if (next < windows.size() && t == windows.get(next).startMs()) {
                cur = next++;
                entryRow[cur] = i;
                curRight = NabWindow.indexOf(ts, windows.get(cur).endMs());
                curWidth = curRight - NabWindow.indexOf(ts, windows.get(cur).startMs()) + 1;
            }
            if (cur >= 0) {
                double position = -(curRight - i + 1) / curWidth;
                weight[i] = NabSigmoid.scaled(position) * profile.tpWeight() / maxTp;
            } else {
                double unweighted = prevRight < 0 ? -1.0 : NabSigmoid.scaled(Math.abs(prevRight - i) / (prevWidth - 1));
                weight[i] = unweighted * profile.fpWeight();
            }
            windowOf[i] = i >= probationLimit ? (cur >= 0 ? cur : OUTSIDE) : PROBATION;
            if (cur >= 0 && t == windows.get(cur).endMs()) {
                prevRight = i;
                prevWidth = curWidth;
                cur = -1;
            }
        }
        return new NabRowWeights(weight, windowOf, entryRow);
    }

    /** Whether window w has at least one row after probation (only such windows are scored). */
    boolean[] scorableWindows() {
        boolean[] scorable = new boolean[entryRow.length];
        for (int w : windowOf) {
            if (w >= 0) {
                scorable[w] = true;
            }
        }
        return scorable;
    }
}
