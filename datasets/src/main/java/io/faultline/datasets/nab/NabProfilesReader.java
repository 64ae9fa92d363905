package io.faultline.datasets.nab;

import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.ingest.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads NAB's {@code config/profiles.json}: {@code {"<profile>": {"CostMatrix": {"tpWeight": ..,
 * "fnWeight": .., "fpWeight": .., "tnWeight": ..}}}}. Unknown keys are rejected, with their JSON path; {@code tnWeight}, which NAB's
 * scoring never uses, may be left out (1.0, as in NAB's file).
 */
public final class NabProfilesReader {
    private static final String COST_MATRIX = "CostMatrix";
    private static final Set<String> WEIGHTS = Set.of("tpWeight", "fpWeight", "fnWeight", "tnWeight");

    private NabProfilesReader() {
    }

    /** The profiles in the file's order. */
    public static List<NabCostProfile> read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
    }

    static List<NabCostProfile> parse(String source, String json) {
        JsonNode root = NabWindowsReader.tree(source, json);
        if (!root.isObject() || root.isEmpty()) {
            throw new InvalidInputException(source + ": $ must be a non-empty object from profile name to {\"CostMatrix\": {...}}");
        }
        List<NabCostProfile> profiles = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String path = "$['" + e.getKey() + "']";
            JsonNode profile = e.getValue();
            if (!profile.isObject() || profile.size() != 1 || !profile.has(COST_MATRIX)) {
                throw new InvalidInputException(source + ": " + path + " must be an object with the single key '" + COST_MATRIX + "'");
            }
            JsonNode matrix = profile.get(COST_MATRIX);
            String matrixPath = path + "." + COST_MATRIX;
            if (!matrix.isObject()) {
                throw new InvalidInputException(source + ": " + matrixPath + " must be an object of weights");
            }
            for (Map.Entry<String, JsonNode> w : matrix.properties()) {
                if (!WEIGHTS.contains(w.getKey())) {
                    throw new InvalidInputException(source + ": " + matrixPath + "." + w.getKey()
                            + ": unknown key, expected tpWeight, fpWeight, fnWeight, tnWeight");
                }
            }
            try {
                profiles.add(new NabCostProfile(e.getKey(), weight(source, matrixPath, matrix, "tpWeight"),
                        weight(source, matrixPath, matrix, "fpWeight"), weight(source, matrixPath, matrix, "fnWeight"),
                        matrix.has("tnWeight") ? weight(source, matrixPath, matrix, "tnWeight") : 1.0));
            } catch (IllegalArgumentException ex) {
                throw new InvalidInputException(source + ": " + path + ": " + ex.getMessage(), ex);
            }
        }
        return List.copyOf(profiles);
    }

    private static double weight(String source, String path, JsonNode matrix, String key) {
        JsonNode v = matrix.get(key);
        if (v == null || !v.isNumber()) {
            throw new InvalidInputException(source + ": " + path + "." + key + " must be a number" + (v == null ? ", is missing" : ", was " + v));
        }
        return v.doubleValue();
    }
}
