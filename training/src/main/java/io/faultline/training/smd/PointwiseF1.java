package io.faultline.training.smd;

import java.util.Arrays;

/**
 * Point-wise precision, recall and F1 <em>without</em> point adjustment: every row is judged on its
 * own, a row being flagged when its score is {@code >= threshold}. This is the honest protocol of
 * Kim et al., "Towards a Rigorous Evaluation of Time-Series Anomaly Detection" (AAAI 2022), under which
 * a random score earns little, unlike point-adjusted F1 ({@link PointAdjustment}).
 */
public final class PointwiseF1 {
    private PointwiseF1() {
    }

    /**
     * Counts of rows flagged by some other rule (a streaming threshold), recorded with the threshold
     * the rule ended with.
     */
    public static DetectionScore of(boolean[] flagged, boolean[] labels, double finalThreshold) {
        if (flagged.length != labels.length) {
            throw new IllegalArgumentException("flags has " + flagged.length + " rows but labels has " + labels.length);
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < flagged.length; i++) {
            if (labels[i]) {
                tp += flagged[i] ? 1 : 0;
                fn += flagged[i] ? 0 : 1;
            } else {
                fp += flagged[i] ? 1 : 0;
            }
        }
        return new DetectionScore(finalThreshold, tp, fp, fn);
    }

    /** Counts at a fixed threshold. */
    public static DetectionScore at(double[] scores, boolean[] labels, double threshold) {
        ScoreInput.check(scores, labels);
        ScoreInput.finite(threshold);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean flagged = scores[i] >= threshold;
            if (labels[i]) {
                tp += flagged ? 1 : 0;
                fn += flagged ? 0 : 1;
            } else {
                fp += flagged ? 1 : 0;
            }
        }
        return new DetectionScore(threshold, tp, fp, fn);
    }

    /**
     * The threshold, among all distinct scores, with the highest F1 (the highest such threshold on a
     * tie). It uses the test labels, so it is an upper bound, not what a deployment would see.
     * O(n log n): one sort, one sweep.
     *
     * @throws IllegalArgumentException when no row is labelled anomalous
     */
    public static DetectionScore best(double[] scores, boolean[] labels) {
        ScoreInput.check(scores, labels);
        int positives = 0;
        for (boolean l : labels) {
            positives += l ? 1 : 0;
        }
        double[] positive = new double[positives];
        double[] negative = new double[scores.length - positives];
        int p = 0;
        int n = 0;
        for (int i = 0; i < scores.length; i++) {
            if (labels[i]) {
                positive[p++] = scores[i];
            } else {
                negative[n++] = scores[i];
            }
        }
        long[] weights = new long[positives];
        Arrays.fill(weights, 1);
        return ThresholdSweep.best(positive, weights, negative);
    }
}
