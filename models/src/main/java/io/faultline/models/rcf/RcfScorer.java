package io.faultline.models.rcf;

import com.amazon.randomcutforest.parkservices.AnomalyDescriptor;
import com.amazon.randomcutforest.parkservices.ThresholdedRandomCutForest;
import com.amazon.randomcutforest.returntypes.RangeVector;
import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;

/**
 * Streams one series through its own forest. Before a point is processed the forest forecasts
 * it one step ahead ({@code extrapolate(1)}: the conditional median of the shingle's next value
 * and its sampled range), which gives the expected value and bounds; then the point is scored and
 * learned by {@code process}. The forest warms up until it has absorbed {@code outputAfter} shingles.
 */
final class RcfScorer implements Scorer {
    private final ThresholdedRandomCutForest forest;

    RcfScorer(ThresholdedRandomCutForest forest) {
        this.forest = forest;
    }

    @Override
    public ScoredPoint score(long timestampMs, double value) {
        if (!Double.isFinite(value)) {
            return ScoredPoint.warmingUp(timestampMs, value);
        }
        RangeVector forecast = forest.getForest().isOutputReady() ? forest.extrapolate(1).rangeVector : null;
        AnomalyDescriptor d = forest.process(new double[] {value}, timestampMs);
        if (forecast == null) {
            return ScoredPoint.warmingUp(timestampMs, value);
        }
        double expected = forecast.values[0];
        double lower = Math.min(forecast.lower[0], expected);
        double upper = Math.max(forecast.upper[0], expected);
        double score = RcfScore.of(d);
        return new ScoredPoint(timestampMs, value, expected, lower, upper, score, d.getAnomalyGrade() > 0);
    }
}
