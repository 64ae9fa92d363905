package io.faultline.models.artime;

import io.faultline.models.FittedDetector;
import io.faultline.models.LearnedValues;
import io.faultline.models.Provenance;
import io.faultline.models.Scorer;

/** An {@link ArtimeDetector} with the values it learned from; each scorer replays them first. */
public record FittedArtime(Provenance provenance, ArtimeParams params, LearnedValues state) implements FittedDetector {

    public FittedArtime {
        if (provenance == null || params == null || state == null) {
            throw new IllegalArgumentException("provenance, params and state are required");
        }
    }

    @Override
    public Scorer newScorer() {
        ArtimeScorer scorer = new ArtimeScorer(params);
        for (double v : state.learned()) {
            scorer.learn(v);
        }
        return scorer;
    }
}
