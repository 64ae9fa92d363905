package io.faultline.models.likelihood;

import org.apache.commons.math3.special.Erf;

/**
 * Turns one stream of raw anomaly scores into NuPIC's anomaly likelihood (Ahmad, Lavin, Purdy and
 * Agha, "Unsupervised real-time anomaly detection for streaming data", Neurocomputing 262, 2017,
 * section 4.2): the short-term mean of the last raw scores is compared with a Gaussian fitted on the
 * longer history of those means, and the tail probability Q of the short-term mean under it is
 * reported as -log10(Q + tailFloor), so that 5 is NuPIC's "likelihood 0.99999". As in NuPIC's
 * {@code AnomalyLikelihood}, the first inputs are ignored (learning period), the Gaussian is first
 * fitted after {@code estimationSamples} means and refitted every {@code reestimationPeriod} points
 * over at most {@code historicWindow} of them, with floors on its mean and deviation. Unlike NuPIC the
 * tail is one-sided: a short-term mean below the usual one is never anomalous. Each score is computed
 * before its input joins the history. Amortised O(historicWindow / reestimationPeriod) per point.
 */
final class LikelihoodCalibrator {
    private static final double SQRT2 = Math.sqrt(2);

    private final AnomalyLikelihoodParams params;
    private final double[] recent;
    private int recentCount;
    private int recentNext;
    private final double[] history;
    private int historyCount;
    private int historyNext;
    private long seen;
    private double mean;
    private double std;
    private int sinceFit;

    LikelihoodCalibrator(AnomalyLikelihoodParams params, CalibratorState state) {
        this.params = params;
        this.recent = new double[params.averagingWindow()];
        this.history = new double[params.historicWindow()];
        double[] r = state.recent();
        double[] h = state.history();
        if (r.length > recent.length || h.length > history.length) {
            throw new IllegalArgumentException("state holds " + r.length + " recent and " + h.length
                    + " historic scores, params allow " + recent.length + " and " + history.length);
        }
        for (double v : r) {
            push(v);
        }
        for (double v : h) {
            remember(v);
        }
        this.seen = state.seen();
        this.mean = state.mean();
        this.std = state.std();
        this.sinceFit = state.sinceFit();
    }

    CalibratorState state() {
        double[] r = new double[recentCount];
        for (int i = 0; i < recentCount; i++) {
            r[i] = recent[(recentNext - recentCount + i + recent.length) % recent.length];
        }
        double[] h = new double[historyCount];
        for (int i = 0; i < historyCount; i++) {
            h[i] = history[(historyNext - historyCount + i + history.length) % history.length];
        }
        return new CalibratorState(r, h, seen, mean, std, sinceFit);
    }

    /** The calibrated score of this raw input, or NaN while still learning. */
    double score(double input) {
        seen++;
        if (seen <= params.learningPeriod()) {
            return Double.NaN;
        }
        push(input);
        double average = 0;
        // chronological order, so that a restored calibrator adds in the same order and agrees to the bit
        for (int i = 0; i < recentCount; i++) {
            average += recent[(recentNext - recentCount + i + recent.length) % recent.length];
        }
        average /= recentCount;
        double out = std == 0 ? Double.NaN : calibrated(average);
        remember(average);
        sinceFit++;
        if (std == 0 ? historyCount >= params.estimationSamples() : sinceFit >= params.reestimationPeriod()) {
            fit();
        }
        return out;
    }

    private double calibrated(double average) {
        double z = (average - mean) / std;
        double q = 0.5 * Erf.erfc(z / SQRT2);
        return Math.max(0.0, -Math.log10(q + params.tailFloor()));
    }

    private void fit() {
        double sum = 0;
        int first = historyNext - historyCount + history.length;
        for (int i = 0; i < historyCount; i++) {
            sum += history[(first + i) % history.length];
        }
        double m = sum / historyCount;
        double ss = 0;
        for (int i = 0; i < historyCount; i++) {
            double d = history[(first + i) % history.length] - m;
            ss += d * d;
        }
        mean = Math.max(m, params.minMean());
        std = Math.max(Math.sqrt(ss / historyCount), params.minStd());
        sinceFit = 0;
    }

    private void push(double v) {
        recent[recentNext] = v;
        recentNext = (recentNext + 1) % recent.length;
        recentCount = Math.min(recentCount + 1, recent.length);
    }

    private void remember(double v) {
        history[historyNext] = v;
        historyNext = (historyNext + 1) % history.length;
        historyCount = Math.min(historyCount + 1, history.length);
    }
}
