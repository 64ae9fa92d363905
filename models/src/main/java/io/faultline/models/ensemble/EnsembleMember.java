package io.faultline.models.ensemble;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One detector of a {@link MaxEnsembleDetector}: a registered detector by name, its params as a JSON
 * object (empty for its defaults), and the score that counts as 1 in the merge.
 */
public record EnsembleMember(String detector, JsonNode params, double scale) {

    public EnsembleMember {
        if (detector == null || detector.isBlank()) {
            throw new IllegalArgumentException("members[].detector must name a registered detector, was " + detector);
        }
        if (params == null || !params.isObject()) {
            throw new IllegalArgumentException("members[].params of '" + detector + "' must be a JSON object, was "
                    + (params == null ? "missing" : params.getNodeType()));
        }
        if (!(scale > 0 && Double.isFinite(scale))) {
            throw new IllegalArgumentException("members[].scale of '" + detector + "' must be finite and > 0, was " + scale);
        }
    }
}
