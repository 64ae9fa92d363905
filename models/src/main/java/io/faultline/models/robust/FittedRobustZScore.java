package io.faultline.models.robust;

import io.faultline.models.FittedDetector;
import io.faultline.models.Provenance;
import io.faultline.models.Scorer;

/** A {@link RobustZScoreDetector} primed with the end of its history. */
public record FittedRobustZScore(Provenance provenance, RobustZScoreParams params, RobustZScoreState state)
        implements FittedDetector {

    public FittedRobustZScore {
        if (provenance == null || params == null || state == null) {
            throw new IllegalArgumentException("provenance, params and state are required");
        }
        if (state.window().length > params.window()) {
            throw new IllegalArgumentException("state window holds " + state.window().length
                    + " values, more than window=" + params.window());
        }
    }

    @Override
    public Scorer newScorer() {
        return new RobustZScoreScorer(params, state.window());
    }
}
