package io.faultline.models.likelihood;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One raw scorer under an {@link AnomalyLikelihoodDetector}: a registered detector by name and its
 * params as a JSON object (an empty object takes that detector's defaults).
 */
public record BaseDetectorSpec(String detector, JsonNode params) {

    public BaseDetectorSpec {
        if (detector == null || detector.isBlank()) {
            throw new IllegalArgumentException("bases[].detector must name a registered detector, was " + detector);
        }
        if (params == null || !params.isObject()) {
            throw new IllegalArgumentException("bases[].params of '" + detector + "' must be a JSON object, was "
                    + (params == null ? "missing" : params.getNodeType()));
        }
    }
}
