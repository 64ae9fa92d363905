package io.faultline.rca.rank;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Parameters of {@link NSigmaRanker}. Bound from JSON with Jackson; a missing key takes its default.
 *
 * @param preprocessing how the case is windowed and cleaned before scoring, as RCAEval does
 * @param maxEvidence   metrics reported as evidence per component, >= 1
 */
public record NSigmaParams(RcaEvalPreprocessing preprocessing, int maxEvidence) {

    public static final NSigmaParams DEFAULTS = new NSigmaParams(RcaEvalPreprocessing.DEFAULTS, 5);

    public NSigmaParams {
        if (preprocessing == null) {
            throw new IllegalArgumentException("preprocessing params are required");
        }
        if (maxEvidence < 1) {
            throw new IllegalArgumentException("maxEvidence must be >= 1, was " + maxEvidence);
        }
    }

    @JsonCreator
    static NSigmaParams fromJson(@JsonProperty("preprocessing") RcaEvalPreprocessing preprocessing,
                               @JsonProperty("maxEvidence") Integer maxEvidence) {
        return new NSigmaParams(preprocessing == null ? DEFAULTS.preprocessing : preprocessing,
                maxEvidence == null ? DEFAULTS.maxEvidence : maxEvidence);
    }
}
