package io.faultline.models.cad;

import io.faultline.models.FittedDetector;
import io.faultline.models.LearnedValues;
import io.faultline.models.Provenance;
import io.faultline.models.Scorer;

/** A {@link CadOseDetector} with the values it learned from; each scorer replays them first. */
public record FittedCadOse(Provenance provenance, CadOseParams params, LearnedValues state) implements FittedDetector {

    public FittedCadOse {
        if (provenance == null || params == null || state == null) {
            throw new IllegalArgumentException("provenance, params and state are required");
        }
    }

    @Override
    public Scorer newScorer() {
        CadOseScorer scorer = new CadOseScorer(params);
        for (double v : state.learned()) {
            scorer.learn(v);
        }
        return scorer;
    }
}
