package io.faultline.models.robust;

import io.faultline.features.stats.RobustScale;
import io.faultline.features.stats.RollingMoments;
import io.faultline.features.stats.RollingQuantiles;
import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;

/**
 * Scores one series against the rolling median and MAD of the points before each one.
 *
 * <p>When more than half of the window holds one value (a ratio of errors that is mostly 0, a
 * gauge that rarely moves) the MAD is 0 and says nothing about how the rest of the window
 * spreads; the scale then falls back to the window's standard deviation, as Iglewicz and Hoaglin
 * ("How to Detect and Handle Outliers", ASQC 1993) advise for a vanishing MAD. Without it every
 * rare non-zero value of a sparse series would be flagged.
 */
final class RobustZScoreScorer implements Scorer {
    private final RobustZScoreParams params;
    private final RollingQuantiles window;
    private final RollingMoments moments;

    RobustZScoreScorer(RobustZScoreParams params, double[] primer) {
        this.params = params;
        this.window = new RollingQuantiles(params.window());
        this.moments = new RollingMoments(params.window());
        for (double value : primer) {
            add(value);
        }
    }

    @Override
    public ScoredPoint score(long timestampMs, double value) {
        if (!Double.isFinite(value)) {
            return ScoredPoint.warmingUp(timestampMs, value);
        }
        ScoredPoint point = window.size() < params.minPoints()
                ? ScoredPoint.warmingUp(timestampMs, value)
                : judge(timestampMs, value);
        add(value);
        return point;
    }

    private void add(double value) {
        window.add(value);
        moments.add(value);
    }

    private ScoredPoint judge(long timestampMs, double value) {
        double median = window.median();
        double mad = window.medianAbsoluteDeviation();
        double spread = mad > 0 ? mad : moments.standardDeviation() / RobustScale.MAD_TO_SIGMA;
        RobustScale robust = RobustScale.of(median, spread, params.relativeScaleFloor(), params.absoluteScaleFloor());
        double halfWidth = params.threshold() * robust.scale();
        double score = Math.abs(value - median) / robust.scale();
        return new ScoredPoint(timestampMs, value, median, median - halfWidth, median + halfWidth,
                score, score > params.threshold());
    }
}
