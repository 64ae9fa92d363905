package io.faultline.training.nab;

import java.util.Arrays;

/**
 * NAB's walk over thresholds ({@code Sweeper.calcScoreByThreshold} of {@code nab/sweeper.py} with the
 * choice of {@code nab/optimizer.py}): rows sorted by anomaly score, highest first and stable; each
 * new score value closes the score of the threshold before it. A window scores its best detection
 * (its earliest, since the sweep weights fall along the window) or {@code -fnWeight} when it has none;
 * false positives add their sweep scores. The total is summed as NAB sums its dict of parts (false
 * positives first, then windows in order of first appearance), so that thresholds that tie in NAB tie
 * here too and the first of them wins, as Python's stable sort makes it.
 *
 * <p>Only scorable rows (after probation) are given. Rows are sorted once with a counting sort on the
 * rank of their score: the whole NAB corpus (about 333k scorable rows) takes a few tens of milliseconds.
 */
final class NabThresholdWalk {
    /** NAB's starting threshold: above every anomaly score, so nothing is detected. */
    static final double START = 1.1;

    /** One threshold's outcome. */
    record Outcome(double threshold, double score, NabCounts counts) {
    }

    private final double[] scores;
    private final double[] weights;
    private final int[] window;
    private final int windowCount;
    private final int[] order;
    private final int[] partOrder;

    /**
     * @param scores anomaly score per row, finite
     * @param weights sweep score per row
     * @param window window id per row (0..windowCount-1), or -1 outside every window
     */
    NabThresholdWalk(double[] scores, double[] weights, int[] window, int windowCount) {
        this.scores = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            this.scores[i] = scores[i] + 0.0; // -0.0 and 0.0 are one threshold in Python
        }
        this.weights = weights;
        this.window = window;
        this.windowCount = windowCount;
        this.order = stableDescendingOrder(this.scores);
        this.partOrder = windowsByFirstAppearance();
    }

    /** The best threshold: the highest one among those of maximal score. */
    Outcome best(double fnWeight) {
        State state = new State(fnWeight);
        double current = START;
        Outcome best = null;
        for (int k : order) {
            if (scores[k] != current) {
                Outcome o = state.outcome(current);
                if (best == null || o.score() > best.score()) {
                    best = o;
                }
                current = scores[k];
            }
            state.add(k);
        }
        Outcome last = state.outcome(current);
        return best == null || last.score() > best.score() ? last : best;
    }

    /** The outcome when every row scoring at least the threshold is a detection. */
    Outcome at(double threshold, double fnWeight) {
        State state = new State(fnWeight);
        for (int k : order) {
            if (scores[k] < threshold) {
                break;
            }
            state.add(k);
        }
        return state.outcome(threshold);
    }

    private final class State {
        private final double[] part = new double[windowCount];
        private double fpSum;
        private int tp;
        private int fp;
        private int tn;
        private int fn;

        State(double fnWeight) {
            Arrays.fill(part, -fnWeight);
            for (int w : window) {
                if (w >= 0) {
                    fn++;
                } else {
                    tn++;
                }
            }
        }

        void add(int k) {
            int w = window[k];
            if (w >= 0) {
                tp++;
                fn--;
                part[w] = Math.max(part[w], weights[k]);
            } else {
                fp++;
                tn--;
                fpSum += weights[k];
            }
        }

        Outcome outcome(double threshold) {
            double total = fpSum;
            for (int w : partOrder) {
                total += part[w];
            }
            return new Outcome(threshold, total, new NabCounts(tp, tn, fp, fn));
        }
    }

    private int[] windowsByFirstAppearance() {
        boolean[] seen = new boolean[windowCount];
        int[] parts = new int[windowCount];
        int n = 0;
        for (int k : order) {
            int w = window[k];
            if (w >= 0 && !seen[w]) {
                seen[w] = true;
                parts[n++] = w;
            }
        }
        return Arrays.copyOf(parts, n);
    }

    private static int[] stableDescendingOrder(double[] scores) {
        double[] distinct = scores.clone();
        Arrays.sort(distinct);
        int m = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (m == 0 || distinct[i] != distinct[m - 1]) {
                distinct[m++] = distinct[i];
            }
        }
        int[] rank = new int[scores.length];
        int[] start = new int[m + 1];
        for (int i = 0; i < scores.length; i++) {
            rank[i] = m - 1 - Arrays.binarySearch(distinct, 0, m, scores[i]);
            start[rank[i] + 1]++;
        }
        for (int r = 0; r < m; r++) {
            start[r + 1] += start[r];
        }
        int[] order = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            order[start[rank[i]]++] = i;
        }
        return order;
    }
}
