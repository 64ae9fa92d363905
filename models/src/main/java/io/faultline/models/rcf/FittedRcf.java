package io.faultline.models.rcf;

import io.faultline.models.FittedDetector;
import io.faultline.models.Provenance;
import io.faultline.models.Scorer;

/** A {@link RcfDetector} with the forest its history grew, as the library's state tree. */
public record FittedRcf(Provenance provenance, RcfParams params, RcfState state) implements FittedDetector {

    public FittedRcf {
        if (provenance == null || params == null || state == null) {
            throw new IllegalArgumentException("provenance, params and state are required");
        }
    }

    @Override
    public Scorer newScorer() {
        return new RcfScorer(ForestStates.fromJson(state.forest(), params.seed()));
    }
}
