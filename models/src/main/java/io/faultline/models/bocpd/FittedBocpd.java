package io.faultline.models.bocpd;

import io.faultline.models.FittedDetector;
import io.faultline.models.Provenance;
import io.faultline.models.Scorer;

/** A {@link BocpdDetector} with the run-length posterior its history left. */
public record FittedBocpd(Provenance provenance, BocpdParams params, BocpdState state) implements FittedDetector {

    public FittedBocpd {
        if (provenance == null || params == null || state == null) {
            throw new IllegalArgumentException("provenance, params and state are required");
        }
        if (state.hypotheses() > params.maxRunLengths()) {
            throw new IllegalArgumentException("state holds " + state.hypotheses()
                    + " hypotheses, more than maxRunLengths=" + params.maxRunLengths());
        }
    }

    @Override
    public Scorer newScorer() {
        return new BocpdScorer(params, state);
    }
}
