package io.faultline.api.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * @param detector   registry name of the detector every series is scored with
 * @param params     its parameters (the detector's params record; unknown keys are rejected)
 * @param modelsDir  folder of models written by {@code faultline train}; a series with a trained
 *                   model there is scored by it, others by a fresh detector learning online. Empty for none.
 */
public record DetectionConfig(String detector, JsonNode params, String modelsDir) {
    /** The live default: compact enough for 100,000 series (see the README's ingest figures). */
    public static final String DEFAULT_DETECTOR = "block-median";
    public static final DetectionConfig DEFAULTS = new DetectionConfig(DEFAULT_DETECTOR, null, "");

    public DetectionConfig {
        if (detector == null || detector.isBlank()) {
            throw new IllegalArgumentException("detection.detector is required");
        }
        params = params == null ? JsonNodeFactory.instance.objectNode() : params;
        modelsDir = modelsDir == null ? "" : modelsDir;
    }
}
