package io.faultline.models.gaussian;

import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;
import org.apache.commons.math3.special.Erf;

/** Scores one series against the Gaussian of its stepwise window, then lets the point join it. */
final class WindowedGaussianScorer implements Scorer {
    private static final double SQRT2 = Math.sqrt(2.0);

    private final WindowedGaussianParams params;
    private final WindowedGaussianWindow window;
    private final double thresholdZ;

    WindowedGaussianScorer(WindowedGaussianParams params, WindowedGaussianWindow window) {
        this.params = params;
        this.window = window;
        // 1 - erfc(z / sqrt 2) / 2 = threshold
        this.thresholdZ = SQRT2 * Erf.erfcInv(2 * (1 - params.threshold()));
    }

    /** NAB's score: 1 - Q(|z|), the probability that a Gaussian draw lies closer to the mean. */
    static double score(double z) {
        return 1.0 - 0.5 * Erf.erfc(Math.abs(z) / SQRT2);
    }

    @Override
    public ScoredPoint score(long timestampMs, double value) {
        if (!Double.isFinite(value)) {
            return ScoredPoint.warmingUp(timestampMs, value);
        }
        ScoredPoint point = window.size() < params.minPoints()
                ? ScoredPoint.warmingUp(timestampMs, value)
                : judge(timestampMs, value);
        window.add(value);
        return point;
    }

    private ScoredPoint judge(long timestampMs, double value) {
        double mean = window.mean();
        double std = window.standardDeviation();
        double score = score((value - mean) / std);
        double halfWidth = thresholdZ * std;
        return new ScoredPoint(timestampMs, value, mean, mean - halfWidth, mean + halfWidth, score,
                score > params.threshold());
    }
}
