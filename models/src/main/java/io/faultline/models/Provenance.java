package io.faultline.models;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a fitted model came from: the detector and its parameters, the training data (range,
 * size and SHA-256 of its timestamps and values), the seed and the Faultline version.
 */
public record Provenance(
        String detector,
        JsonNode params,
        String series,
        long dataFromMs,
        long dataToMs,
        int dataPoints,
        String dataSha256,
        long seed,
        String faultlineVersion) {
}
