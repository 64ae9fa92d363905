package io.faultline.ingest.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.LabelMatcher;
import java.io.IOException;
import java.util.TreeMap;

/** Reads the {@code labels} object of one series, enforcing the names and the label limits as it goes. */
final class JsonLabels {
    private JsonLabels() {
    }

    /** Reads from the current token ({@code null} means no labels); {@code at} is the path of the object. */
    static TreeMap<String, String> read(JsonParser p, IngestLimits limits, String at) throws IOException {
        TreeMap<String, String> labels = new TreeMap<>();
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return labels;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new InvalidInputException(at + ": expected an object of string values, found "
                    + JsonBatchParser.describe(p.currentToken()));
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            checkName(name, labels.size(), limits, at);
            JsonToken token = p.nextToken();
            if (token != JsonToken.VALUE_STRING) {
                throw new InvalidInputException(at + "." + name + ": expected a string, found "
                        + JsonBatchParser.describe(token));
            }
            String value = p.getText();
            if (value.length() > limits.maxLabelValueLength()) {
                throw new InvalidInputException(at + "." + name + ": value is " + value.length()
                        + " characters, limit is " + limits.maxLabelValueLength());
            }
            if (labels.put(name, value) != null) {
                throw new InvalidInputException(at + ": label \"" + name + "\" appears twice");
            }
        }
        return labels;
    }

    private static void checkName(String name, int count, IngestLimits limits, String at) {
        if (count >= limits.maxLabelsPerSeries()) {
            throw new InvalidInputException(at + ": more than " + limits.maxLabelsPerSeries() + " labels");
        }
        if (name.length() > limits.maxLabelNameLength()) {
            throw new InvalidInputException(at + ": label name \"" + Excerpt.of(name) + "\" is " + name.length()
                    + " characters, limit is " + limits.maxLabelNameLength());
        }
        if (!Names.isLabelName(name)) {
            throw new InvalidInputException(at + ": label name \"" + Excerpt.of(name)
                    + "\" must match " + Names.LABEL_RULE);
        }
        if (LabelMatcher.METRIC_NAME.equals(name)) {
            throw new InvalidInputException(at + ": label name \"__name__\" is reserved, use the field \"metric\"");
        }
    }
}
