package io.faultline.training.smd;

import java.util.Arrays;
import java.util.List;

/**
 * Point-adjusted F1, the protocol of Xu et al., "Unsupervised Anomaly Detection via Variational
 * Auto-Encoder for Seasonal KPIs in Web Applications" (WWW 2018), used by OmniAnomaly and most SMD
 * papers since: when any row of a labelled segment (a maximal run of anomalous labels) is flagged,
 * every row of that segment counts as flagged; rows outside segments are left as they are. Kim et al.
 * (AAAI 2022) showed that a random score reaches high F1 this way, so report it only beside
 * {@link PointwiseF1}.
 */
public final class PointAdjustment {
    private PointAdjustment() {
    }

    /** The adjusted flags: each labelled segment with at least one flag becomes flagged throughout. */
    public static boolean[] adjust(boolean[] flagged, boolean[] labels) {
        if (flagged.length != labels.length) {
            throw new IllegalArgumentException("flags has " + flagged.length + " rows but labels has " + labels.length);
        }
        boolean[] out = flagged.clone();
        for (Segment s : Segment.runs(labels)) {
            boolean hit = false;
            for (int i = s.start(); i < s.end() && !hit; i++) {
                hit = flagged[i];
            }
            if (hit) {
                Arrays.fill(out, s.start(), s.end(), true);
            }
        }
        return out;
    }

    /** Point-adjusted counts at a fixed threshold (flagged = score {@code >= threshold}). */
    public static DetectionScore at(double[] scores, boolean[] labels, double threshold) {
        ScoreInput.check(scores, labels);
        ScoreInput.finite(threshold);
        return of(flags(scores, threshold), labels, threshold);
    }

    /** Point-adjusted counts of rows flagged by some other rule, recorded with the threshold it ended with. */
    public static DetectionScore of(boolean[] flagged, boolean[] labels, double finalThreshold) {
        boolean[] flags = adjust(flagged, labels);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < flags.length; i++) {
            if (labels[i]) {
                tp += flags[i] ? 1 : 0;
                fn += flags[i] ? 0 : 1;
            } else {
                fp += flags[i] ? 1 : 0;
            }
        }
        return new DetectionScore(finalThreshold, tp, fp, fn);
    }

    /**
     * The threshold with the highest point-adjusted F1, as the papers report it. A segment is detected
     * at threshold v exactly when its highest score is {@code >= v}, so each segment enters the sweep
     * as one unit of weight {@code length} scored by its maximum.
     *
     * @throws IllegalArgumentException when no row is labelled anomalous
     */
    public static DetectionScore best(double[] scores, boolean[] labels) {
        ScoreInput.check(scores, labels);
        List<Segment> segments = Segment.runs(labels);
        double[] unitScores = new double[segments.size()];
        long[] weights = new long[segments.size()];
        int negatives = scores.length;
        for (int k = 0; k < segments.size(); k++) {
            Segment s = segments.get(k);
            double max = Double.NEGATIVE_INFINITY;
            for (int i = s.start(); i < s.end(); i++) {
                max = Math.max(max, scores[i]);
            }
            unitScores[k] = max;
            weights[k] = s.length();
            negatives -= s.length();
        }
        double[] negative = new double[negatives];
        int n = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!labels[i]) {
                negative[n++] = scores[i];
            }
        }
        return ThresholdSweep.best(unitScores, weights, negative);
    }

    static boolean[] flags(double[] scores, double threshold) {
        boolean[] out = new boolean[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = scores[i] >= threshold;
        }
        return out;
    }
}
