package io.faultline.models.bocpd;

import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;

/**
 * Scores one series with the run-length posterior of the points before each one. The score is
 * the point's tail probability under the posterior predictive, expressed as a z
 * ({@link TailZScore}); the expected value and band come from the most probable run:
 * its mean +- threshold times its predictive scale.
 */
final class BocpdScorer implements Scorer {
    private final BocpdParams params;
    private final RunLengthPosterior posterior;

    BocpdScorer(BocpdParams params, BocpdState state) {
        this.params = params;
        this.posterior = new RunLengthPosterior(params, state);
    }

    @Override
    public ScoredPoint score(long timestampMs, double value) {
        if (!Double.isFinite(value)) {
            return ScoredPoint.warmingUp(timestampMs, value);
        }
        boolean warm = posterior.seen() >= params.minPoints();
        RunLengthPosterior.Prediction p = posterior.observe(value);
        if (!warm || p == null) {
            return ScoredPoint.warmingUp(timestampMs, value);
        }
        double score = TailZScore.of(p.tailProbability());
        double halfWidth = params.threshold() * p.scale();
        return new ScoredPoint(timestampMs, value, p.mean(), p.mean() - halfWidth, p.mean() + halfWidth, score,
                score > params.threshold());
    }
}
