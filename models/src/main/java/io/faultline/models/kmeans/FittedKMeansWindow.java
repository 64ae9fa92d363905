package io.faultline.models.kmeans;

import io.faultline.models.FittedDetector;
import io.faultline.models.Provenance;
import io.faultline.models.Scorer;

/** A {@link KMeansWindowDetector} after fitting: its params and its JSON-serialisable state. */
public record FittedKMeansWindow(Provenance provenance, KMeansWindowParams params, KMeansWindowState state)
        implements FittedDetector {

    public FittedKMeansWindow {
        if (provenance == null || params == null || state == null) {
            throw new IllegalArgumentException("provenance, params and state are required");
        }
        if (state.model() != null && state.model().window() != params.window()) {
            throw new IllegalArgumentException("model window " + state.model().window()
                    + " does not match params window=" + params.window());
        }
        if (state.model() == null && state.recent().length >= params.minHistory()) {
            throw new IllegalArgumentException("state has no model but " + state.recent().length
                    + " recent values, enough to train (minHistory=" + params.minHistory() + ")");
        }
    }

    @Override
    public Scorer newScorer() {
        return new KMeansWindowScorer(params, state.model(), state.recent());
    }
}
