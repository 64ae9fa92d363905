package io.faultline.datasets.petshop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.ingest.InvalidInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PetShop issue's {@code target.json}: the symptom to explain ({@code target}: node, metric, statistic as
 * {@code agg}, and the unix time in seconds the anomaly was flagged) and the answer ({@code root_cause.node};
 * its {@code metric} is null throughout the published set and is not read). {@code metadata} (the command
 * that injected the issue) is ignored.
 */
record PetShopTarget(String node, String metric, String statistic, long timestampMs, String rootCause) {
    static final String FILE = "target.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static PetShopTarget read(Path file) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(FILE + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(FILE + ": expected a JSON object");
        }
        JsonNode timestamp = root.path("target").path("timestamp");
        if (!timestamp.isNumber()) {
            throw new InvalidInputException(FILE + ": $.target.timestamp must be a number of unix seconds");
        }
        long timestampMs;
        try {
            timestampMs = new BigDecimal(timestamp.asText()).movePointRight(3).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new InvalidInputException(FILE + ": $.target.timestamp " + timestamp.asText()
                    + " is not a whole number of milliseconds");
        }
        return new PetShopTarget(text(root, "target", "node"), text(root, "target", "metric"),
                text(root, "target", "agg"), timestampMs, text(root, "root_cause", "node"));
    }

    private static String text(JsonNode root, String object, String field) {
        JsonNode value = root.path(object).path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidInputException(FILE + ": $." + object + "." + field + " must be a non-empty string");
        }
        return value.asText();
    }

    /** The column of the symptom series, named as {@link PetShopMetrics} names columns. */
    String column() {
        return node + "_" + metric + "_" + statistic;
    }
}
