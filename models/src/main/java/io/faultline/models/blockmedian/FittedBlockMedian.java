package io.faultline.models.blockmedian;

import io.faultline.models.FittedDetector;
import io.faultline.models.Provenance;
import io.faultline.models.Scorer;

/** A {@link BlockMedianDetector} with its window where the history left it. */
public record FittedBlockMedian(Provenance provenance, BlockMedianParams params, BlockMedianState state)
        implements FittedDetector {

    public FittedBlockMedian {
        if (provenance == null || params == null || state == null) {
            throw new IllegalArgumentException("provenance, params and state are required");
        }
        new BlockMedianScorer(params, state); // fails now, naming the problem, when the state does not fit the params
    }

    @Override
    public Scorer newScorer() {
        return new BlockMedianScorer(params, state);
    }
}
