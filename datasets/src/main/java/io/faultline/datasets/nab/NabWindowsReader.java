package io.faultline.datasets.nab;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.ingest.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads NAB's {@code labels/combined_windows.json}: an object from {@code "<category>/<name>.csv"} to a
 * list of {@code [start, end]} timestamp pairs. Problems are reported with their JSON path.
 */
public final class NabWindowsReader {
    static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private NabWindowsReader() {
    }

    /** The windows of every file named in the labels file, in the file's order of keys. */
    public static Map<String, List<NabWindow>> read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
    }

    static Map<String, List<NabWindow>> parse(String source, String json) {
        JsonNode root = tree(source, json);
        if (!root.isObject()) {
            throw new InvalidInputException(source + ": $ must be an object from file path to windows");
        }
        Map<String, List<NabWindow>> windows = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String path = "$['" + e.getKey() + "']";
            if (!e.getKey().matches("[^/]+/[^/]+\\.csv")) {
                throw new InvalidInputException(source + ": " + path + ": key must be '<category>/<name>.csv'");
            }
            if (!e.getValue().isArray()) {
                throw new InvalidInputException(source + ": " + path + " must be a list of [start, end] pairs");
            }
            List<NabWindow> list = new ArrayList<>();
            for (int k = 0; k < e.getValue().size(); k++) {
                list.add(window(source, path + "[" + k + "]", e.getValue().get(k)));
            }
            windows.put(e.getKey(), List.copyOf(list));
        }
        return windows;
    }

    private static NabWindow window(String source, String path, JsonNode pair) {
        if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isTextual() || !pair.get(1).isTextual()) {
            throw new InvalidInputException(source + ": " + path + " must be a pair of timestamp strings [start, end], was " + pair);
        }
        long start = timestamp(source, path + "[0]", pair.get(0).asText());
        long end = timestamp(source, path + "[1]", pair.get(1).asText());
        try {
            return new NabWindow(start, end);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(source + ": " + path + ": " + e.getMessage(), e);
        }
    }

    private static long timestamp(String source, String path, String text) {
        try {
            return NabTimestamps.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(source + ": " + path + ": " + e.getMessage(), e);
        }
    }

    static JsonNode tree(String source, String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw new InvalidInputException(source + ": the file is empty, expected a JSON object");
            }
            return root;
        } catch (JsonParseException e) {
            throw new InvalidInputException(source + " line " + e.getLocation().getLineNr() + " column "
                    + e.getLocation().getColumnNr() + ": malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException(source + ": malformed JSON: " + e.getMessage(), e);
        }
    }
}
