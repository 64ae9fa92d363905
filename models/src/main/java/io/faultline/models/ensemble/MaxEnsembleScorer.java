package io.faultline.models.ensemble;

import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;
import java.util.List;

/** Scores a point with every member and reports the largest of their scores divided by their scales, capped at 1. */
final class MaxEnsembleScorer implements Scorer {
    private final MaxEnsembleParams params;
    private final List<Scorer> members;

    MaxEnsembleScorer(MaxEnsembleParams params, List<Scorer> members) {
        this.params = params;
        this.members = List.copyOf(members);
    }

    @Override
    public ScoredPoint score(long timestampMs, double value) {
        ScoredPoint first = null;
        double score = 0.0;
        for (int i = 0; i < members.size(); i++) {
            ScoredPoint p = members.get(i).score(timestampMs, value);
            if (i == 0) {
                first = p;
            }
            score = Math.max(score, Math.min(1.0, p.score() / params.members().get(i).scale()));
        }
        if (!Double.isFinite(first.expected())) {
            return ScoredPoint.warmingUp(timestampMs, value);
        }
        return new ScoredPoint(timestampMs, value, first.expected(), first.lower(), first.upper(), score,
                score >= params.threshold());
    }
}
