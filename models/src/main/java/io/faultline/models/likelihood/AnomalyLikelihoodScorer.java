package io.faultline.models.likelihood;

import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a point through every base scorer, calibrates each base's raw score into its own
 * likelihood, and reports the largest. The band is the first base's. As in NuPIC's NAB detector a
 * value outside the range seen so far (widened by {@code spatialTolerance} of it) scores the maximum
 * once the calibrators have learned; an alarm then mutes the next {@code suppressFor} points.
 */
final class AnomalyLikelihoodScorer implements Scorer {
    private final AnomalyLikelihoodParams params;
    private final ScoreInput input;
    private final List<Scorer> bases;
    private final List<LikelihoodCalibrator> calibrators = new ArrayList<>();
    private long valuesSeen;
    private double min;
    private double max;
    private int suppressLeft;

    AnomalyLikelihoodScorer(AnomalyLikelihoodParams params, List<Scorer> bases, AnomalyLikelihoodState state) {
        if (bases.size() != state.calibrators().size()) {
            throw new IllegalArgumentException(bases.size() + " base scorers for " + state.calibrators().size() + " calibrators");
        }
        this.params = params;
        this.input = ScoreInput.of(params.input());
        this.bases = List.copyOf(bases);
        state.calibrators().forEach(c -> calibrators.add(new LikelihoodCalibrator(params, c)));
        this.valuesSeen = state.valuesSeen();
        this.min = state.min();
        this.max = state.max();
        this.suppressLeft = state.suppressLeft();
    }

    /** The calibrators, range and suppression as they stand, beside the given fitted bases. */
    AnomalyLikelihoodState state(List<SavedBase> savedBases) {
        return new AnomalyLikelihoodState(savedBases, calibrators.stream().map(LikelihoodCalibrator::state).toList(),
                valuesSeen, min, max, suppressLeft);
    }

    @Override
    public ScoredPoint score(long timestampMs, double value) {
        if (!Double.isFinite(value)) {
            return ScoredPoint.warmingUp(timestampMs, value);
        }
        ScoredPoint first = null;
        double score = Double.NaN;
        for (int i = 0; i < bases.size(); i++) {
            ScoredPoint p = bases.get(i).score(timestampMs, value);
            if (i == 0) {
                first = p;
            }
            if (Double.isFinite(p.expected())) {
                double c = calibrators.get(i).score(input.map(p.score()));
                if (!Double.isNaN(c)) {
                    score = Double.isNaN(score) ? c : Math.max(score, c);
                }
            }
        }
        boolean outside = outsideRange(value);
        if (!Double.isFinite(first.expected())) {
            return ScoredPoint.warmingUp(timestampMs, value);
        }
        if (Double.isNaN(score)) {
            return new ScoredPoint(timestampMs, value, first.expected(), first.lower(), first.upper(), 0.0, false);
        }
        if (outside) {
            score = params.maxScore();
        }
        if (suppressLeft > 0) {
            suppressLeft--;
            score = 0.0;
        } else if (score >= params.threshold() && params.suppressFor() > 0) {
            suppressLeft = params.suppressFor();
        }
        return new ScoredPoint(timestampMs, value, first.expected(), first.lower(), first.upper(), score,
                score > params.threshold());
    }

    /** Whether the value lies outside the widened range seen before it; then learns it. */
    private boolean outsideRange(double value) {
        boolean outside = false;
        if (params.spatialTolerance() > 0 && valuesSeen > 0 && max > min) {
            double tolerance = (max - min) * params.spatialTolerance();
            outside = value > max + tolerance || value < min - tolerance;
        }
        min = valuesSeen == 0 ? value : Math.min(min, value);
        max = valuesSeen == 0 ? value : Math.max(max, value);
        valuesSeen++;
        return outside;
    }
}
