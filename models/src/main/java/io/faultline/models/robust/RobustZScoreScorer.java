package io.faultline.models.robust;

import io.faultline.features.stats.RobustScale;
import io.faultline.features.stats.RollingQuantiles;
import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;

/** Scores one series against the rolling median and MAD of the points before each one. */
final class RobustZScoreScorer implements Scorer {
    private final RobustZScoreParams params;
    private final RollingQuantiles window;

    RobustZScoreScorer(RobustZScoreParams params, double[] primer) {
        this.params = params;
        this.window = new RollingQuantiles(params.window());
        for (double value : primer) {
            window.add(value);
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
        window.add(value);
        return point;
    }

    private ScoredPoint judge(long timestampMs, double value) {
        RobustScale robust = RobustScale.of(window, params.relativeScaleFloor(), params.absoluteScaleFloor());
        double median = robust.median();
        double halfWidth = params.threshold() * robust.scale();
        double score = Math.abs(value - median) / robust.scale();
        return new ScoredPoint(timestampMs, value, median, median - halfWidth, median + halfWidth,
                score, score > params.threshold());
    }
}
