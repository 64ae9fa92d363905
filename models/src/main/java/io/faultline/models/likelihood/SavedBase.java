package io.faultline.models.likelihood;

import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.models.Provenance;

/** A fitted base detector as a model file holds it: its provenance and its state as JSON. */
public record SavedBase(Provenance provenance, JsonNode state) {

    public SavedBase {
        if (provenance == null || state == null) {
            throw new IllegalArgumentException("a saved base needs its provenance and state");
        }
    }
}
