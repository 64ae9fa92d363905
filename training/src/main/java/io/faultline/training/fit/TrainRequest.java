package io.faultline.training.fit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link TrainJob} should do: fit {@code detector} with {@code params} on every series of
 * {@code source} and write one model file per series plus {@value TrainJob#REPORT_FILE} into
 * {@code outputDir}.
 *
 * @param source    the history
 * @param detector  a registry name, e.g. {@code robust-zscore}
 * @param params    a JSON object of detector params; null or missing fields take the detector's defaults
 * @param outputDir the folder for models and the report; created when missing, may already hold files
 * @param seed      the seed for detectors that have one (it sets their {@code seed} param); null keeps
 *                  the params' seed. A seed for a detector without one is an error, not ignored
 */
public record TrainRequest(HistorySource source, String detector, JsonNode params, Path outputDir, Long seed) {
    public TrainRequest {
        Objects.requireNonNull(source, "source");
        if (detector == null || detector.isBlank()) {
            throw new IllegalArgumentException("detector name must not be blank");
        }
        Objects.requireNonNull(outputDir, "outputDir");
    }
}
