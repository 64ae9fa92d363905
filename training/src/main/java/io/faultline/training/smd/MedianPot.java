package io.faultline.training.smd;

import io.faultline.features.stats.RollingQuantiles;
import java.util.Arrays;

/**
 * The headline label-free rule: a drift-following, trimmed Peaks-Over-Threshold. Each score is judged
 * relative to the median of the {@code levelWindow} scores before it (all of them, flagged or not), and
 * the alarm threshold on that relative score is {@link PotThreshold} fitted on the training rows'
 * relative scores, refitted {@code trims} times without the training rows the previous fit would flag.
 *
 * <p>Why each part, all judged without test labels:
 * <ul>
 *   <li>The level: SMD's test weeks follow the training weeks, and a machine's metrics shift between
 *   them (machine-3-4's dimension 7 averages 0.985 in the training weeks, 0.20 in the test weeks). A
 *   fixed threshold then flags most test rows, which an operator sees without any label (45% and 88% of
 *   the rows of 1-6 and 3-4 under {@code pot-train}). DSPOT (Siffer et al., KDD 2017) follows the level
 *   of <em>unflagged</em> scores only, so after a lasting shift it never relearns and flags everything;
 *   the median of all recent scores follows a shift within half a window yet ignores an anomaly shorter
 *   than half of it.</li>
 *   <li>The trim: SMD's training rows are not clean (they hold unlabelled bursts tens of times the
 *   usual score), so the tail fitted on them is too heavy and the threshold too high. The rows a first
 *   fit flags are, by the rule's own definition, anomalies; one refit without them is the smallest
 *   correction (iterating further keeps eating the tail: a fit always flags a share q of its rows).</li>
 * </ul>
 * No look-ahead: a row's flag depends on the scores before it and on the training scores only.
 *
 * @param levelWindow scores in the trailing median, >= 1 (1,440 = a day of SMD's minutes)
 * @param trims       refits without the training rows the previous fit flags, >= 0
 */
public record MedianPot(int levelWindow, int trims) {
    /** A day of one-minute rows, one trim. */
    public static final MedianPot DEFAULT = new MedianPot(1440, 1);

    public MedianPot {
        if (levelWindow < 1) {
            throw new IllegalArgumentException("levelWindow must be >= 1, was " + levelWindow);
        }
        if (trims < 0) {
            throw new IllegalArgumentException("trims must be >= 0, was " + trims);
        }
    }

    /**
     * The rule's outcome on one machine.
     *
     * @param threshold the POT threshold on relative scores (after the trims)
     * @param flags     one flag per test row
     */
    public record Outcome(PotThreshold threshold, boolean[] flags) {
    }

    /**
     * @param trainScores the detector's scores of the training rows, in time order
     * @param testScores  its scores of the test rows, which follow the training rows in time
     * @throws IllegalArgumentException when the training scores are too few to fit a tail
     */
    public Outcome apply(double[] trainScores, double[] testScores, PotParams pot) {
        ScoreInput.finite(trainScores, "training scores");
        ScoreInput.finite(testScores, "test scores");
        // short training runs (tests, small folders) keep half of their rows for the calibration
        int window = Math.max(1, Math.min(levelWindow, trainScores.length / 2));
        double[] relative = relative(trainScores, testScores, window);
        double[] calibration = Arrays.copyOfRange(relative, window, trainScores.length);
        PotThreshold threshold = PotThreshold.fit(calibration, pot);
        for (int i = 0; i < trims; i++) {
            double z = threshold.threshold();
            double[] kept = Arrays.stream(calibration).filter(x -> x < z).toArray();
            if (kept.length == calibration.length) {
                break;
            }
            calibration = kept;
            threshold = PotThreshold.fit(calibration, pot);
        }
        boolean[] flags = new boolean[testScores.length];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = relative[trainScores.length + i] >= threshold.threshold();
        }
        return new Outcome(threshold, flags);
    }

    /** Each score minus the median of the {@code window} scores before it (the first score: minus itself). */
    static double[] relative(double[] train, double[] test, int window) {
        RollingQuantiles level = new RollingQuantiles(window);
        double[] out = new double[train.length + test.length];
        for (int i = 0; i < out.length; i++) {
            double x = i < train.length ? train[i] : test[i - train.length];
            out[i] = x - (level.size() == 0 ? x : level.median());
            level.add(x);
        }
        return out;
    }
}
