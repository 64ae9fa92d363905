package io.faultline.training.smd;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Label-free ways of turning scores into alarms, measured side by side on one machine (none reads a
 * test label; only the measurement does):
 * <ul>
 *   <li>{@code pot-train}: {@link PotThreshold} on the training scores, a fixed threshold (the headline
 *   until the drift-following rule replaced it);</li>
 *   <li>{@code quantile-train}: the training scores' 99.9% quantile, the simplest fixed rule;</li>
 *   <li>{@code spot}: {@link SpotStream} initialised on the training scores, streaming on through the
 *   test scores and learning the tail as it goes;</li>
 *   <li>{@code dspot}: the same on scores minus the mean of the last {@link #DSPOT_DEPTH} unflagged
 *   ones (one day of SMD's minutes), which follows a drifting level.</li>
 *   <li>{@code median-pot}: {@link MedianPot#DEFAULT}, POT on each score minus the median of the day of
 *   scores before it, refitted once without the training rows the first fit flags (the headline);
 *   {@code median-pot-untrimmed} and {@code median-pot-trim2} are the same with 0 and 2 refits.</li>
 * </ul>
 * {@link SmdDetectorRun} adds, on request, the rules that need a detector refitted on part of the training rows.
 */
public final class LabelFreeRules {
    /** Rows in DSPOT's local level: a day of one-minute rows. */
    public static final int DSPOT_DEPTH = 1440;
    /** Quantile of the training scores used by {@code quantile-train}. */
    public static final double QUANTILE = 0.999;

    private LabelFreeRules() {
    }

    /** Point-wise counts of every rule here, by name, in the order above. */
    public static Map<String, DetectionScore> measure(double[] trainScores, double[] testScores, boolean[] labels,
            PotParams pot) {
        Map<String, DetectionScore> out = new LinkedHashMap<>();
        out.put("pot-train", PointwiseF1.at(testScores, labels, PotThreshold.fit(trainScores, pot).threshold()));
        out.put("quantile-train", PointwiseF1.at(testScores, labels, quantile(trainScores, QUANTILE)));
        out.putAll(streaming("", trainScores, testScores, labels, pot));
        out.put("median-pot", median(MedianPot.DEFAULT, trainScores, testScores, labels, pot));
        out.put("median-pot-untrimmed", median(new MedianPot(MedianPot.DEFAULT.levelWindow(), 0), trainScores,
                testScores, labels, pot));
        out.put("median-pot-trim2", median(new MedianPot(MedianPot.DEFAULT.levelWindow(), 2), trainScores,
                testScores, labels, pot));
        return out;
    }

    private static DetectionScore median(MedianPot rule, double[] trainScores, double[] testScores, boolean[] labels,
            PotParams pot) {
        MedianPot.Outcome o = rule.apply(trainScores, testScores, pot);
        return PointwiseF1.of(o.flags(), labels, o.threshold().threshold());
    }

    /** {@code spot} and {@code dspot} (names prefixed by {@code prefix}) initialised on {@code calibration}. */
    static Map<String, DetectionScore> streaming(String prefix, double[] calibration, double[] testScores,
            boolean[] labels, PotParams pot) {
        Map<String, DetectionScore> out = new LinkedHashMap<>();
        out.put(prefix + "spot", run(calibration, testScores, labels, pot, 0));
        if (calibration.length > DSPOT_DEPTH + 2) {
            out.put(prefix + "dspot", run(calibration, testScores, labels, pot, DSPOT_DEPTH));
        }
        return out;
    }

    private static DetectionScore run(double[] calibration, double[] testScores, boolean[] labels, PotParams pot,
            int depth) {
        SpotStream spot = SpotStream.start(calibration, pot, depth);
        boolean[] flags = new boolean[testScores.length];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = spot.next(testScores[i]);
        }
        return PointwiseF1.of(flags, labels, spot.threshold());
    }

    /** The sorted scores' element at floor(level n), capped at n - 1 (the convention of {@link PotThreshold}). */
    static double quantile(double[] scores, double level) {
        double[] sorted = scores.clone();
        java.util.Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(level * sorted.length))];
    }
}
