package io.faultline.models.ewma;

import io.faultline.models.FittedDetector;
import io.faultline.models.Provenance;
import io.faultline.models.Scorer;

/** An {@link EwmaDetector} with the smoother where its history left it. */
public record FittedEwma(Provenance provenance, EwmaParams params, EwmaState state) implements FittedDetector {

    public FittedEwma {
        if (provenance == null || params == null || state == null) {
            throw new IllegalArgumentException("provenance, params and state are required");
        }
        if (state.season().length != params.seasonLength()) {
            throw new IllegalArgumentException("state has a season of " + state.season().length
                    + " points, params seasonLength=" + params.seasonLength());
        }
    }

    @Override
    public Scorer newScorer() {
        return new EwmaScorer(params, state);
    }
}
