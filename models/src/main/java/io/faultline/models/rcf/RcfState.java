package io.faultline.models.rcf;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a fitted {@link RcfDetector} carries: the forest, thresholder and preprocessor after the
 * history, as the JSON tree of the library's own {@code ThresholdedRandomCutForestState} (from its
 * {@code ThresholdedRandomCutForestMapper}). Every scorer rebuilds its forest from this tree, so
 * scorers share nothing and the model file needs no Java serialisation.
 */
public record RcfState(JsonNode forest) {

    public RcfState {
        if (forest == null || !forest.isObject()) {
            throw new IllegalArgumentException("forest must be a JSON object (a ThresholdedRandomCutForestState), was "
                    + (forest == null ? "missing" : forest.getNodeType()));
        }
        forest = forest.deepCopy();
    }

    @Override
    public JsonNode forest() {
        return forest.deepCopy();
    }

    @Override
    public String toString() {
        return "RcfState[" + forest.size() + " fields]";
    }
}
