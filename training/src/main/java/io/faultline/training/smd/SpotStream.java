package io.faultline.training.smd;

import java.util.Arrays;

/**
 * Streaming extreme-value thresholds (Siffer, Fouque, Termier and Largouët, "Anomaly Detection in
 * Streams with Extreme Value Theory", KDD 2017): SPOT (algorithm 2) and, with a {@code depth} > 0,
 * DSPOT (algorithm 3). Initialised by {@link PotThreshold} on calibration scores (training scores, no
 * labels); then each new score is judged before it is learned from: above z_q it is flagged and not
 * learned; between t and z_q it becomes a peak and the tail is refitted; below t it only counts. DSPOT
 * judges each score minus the mean of the last {@code depth} unflagged scores, so that a slow drift of
 * the score level (a machine busier in the test weeks than in the training weeks) does not flag
 * everything. No look-ahead: a row's flag depends only on the rows before it.
 */
public final class SpotStream {
    /**
     * The tail is refitted when the peaks have grown by this factor since the last fit (and the
     * threshold recomputed with the current counts on every peak): Siffer et al. refit on every peak,
     * which with Grimshaw's estimator over thousands of peaks made one SMD machine take minutes.
     */
    static final double REFIT_GROWTH = 1.05;
    private final PotParams params;
    private final double t;
    private double[] peaks;
    private int peakCount;
    private long n;
    private double z;
    /** The tail last fitted, and on how many peaks: refitting on every peak is quadratic in the peaks. */
    private GpdFit gpd;
    private int fittedPeaks;
    private final double[] window;
    private int windowCount;
    private int windowNext;
    private double windowSum;

    private SpotStream(PotParams params, double[] calibration, int depth) {
        this.params = params;
        this.window = new double[depth];
        double[] relative = new double[depth == 0 ? calibration.length : calibration.length - depth];
        for (int i = 0; i < calibration.length; i++) {
            if (i >= depth) {
                relative[i - depth] = calibration[i] - (depth == 0 ? 0 : windowSum / depth);
            }
            learnLevel(calibration[i]);
        }
        PotThreshold init = PotThreshold.fit(relative, params);
        this.t = init.initialThreshold();
        this.peaks = new double[Math.max(16, init.peaks() * 2)];
        for (double x : relative) {
            if (x > t) {
                peaks[peakCount++] = x - t;
            }
        }
        this.n = relative.length;
        this.z = init.threshold();
    }

    /**
     * @param calibration scores to initialise from, in time order (more than {@code depth} + 2 of them)
     * @param depth       0 for SPOT, else DSPOT's window of unflagged scores, >= 1
     */
    public static SpotStream start(double[] calibration, PotParams params, int depth) {
        ScoreInput.finite(calibration, "calibration scores");
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be >= 0, was " + depth);
        }
        if (calibration.length <= depth + 2) {
            throw new IllegalArgumentException("DSPOT needs more than depth + 2 = " + (depth + 2)
                    + " calibration scores, had " + calibration.length);
        }
        return new SpotStream(params, calibration, depth);
    }

    /** Flags of the scores in order, each judged before it is learned from. */
    public static boolean[] flags(double[] calibration, double[] scores, PotParams params, int depth) {
        SpotStream spot = start(calibration, params, depth);
        boolean[] out = new boolean[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = spot.next(scores[i]);
        }
        return out;
    }

    /** @return whether {@code score} is flagged */
    public boolean next(double score) {
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score is not finite: " + score);
        }
        double x = score - (window.length == 0 ? 0 : windowSum / windowCount);
        if (x > z) {
            return true;
        }
        if (x > t) {
            if (peakCount == peaks.length) {
                peaks = Arrays.copyOf(peaks, peaks.length * 2);
            }
            peaks[peakCount++] = x - t;
            n++;
            if (gpd == null || peakCount >= fittedPeaks * REFIT_GROWTH) {
                double[] excesses = Arrays.copyOf(peaks, peakCount);
                gpd = params.method() == PotParams.GpdMethod.GRIMSHAW ? GpdFit.grimshaw(excesses) : GpdFit.moments(excesses);
                fittedPeaks = peakCount;
            }
            z = PotThreshold.quantile(t, gpd, params.risk() * n / peakCount);
        } else {
            n++;
        }
        learnLevel(score);
        return false;
    }

    /** The current threshold z_q, relative to the local level under DSPOT. */
    public double threshold() {
        return z;
    }

    private void learnLevel(double score) {
        if (window.length == 0) {
            return;
        }
        if (windowCount == window.length) {
            windowSum -= window[windowNext];
        } else {
            windowCount++;
        }
        window[windowNext] = score;
        windowSum += score;
        windowNext = (windowNext + 1) % window.length;
    }
}
