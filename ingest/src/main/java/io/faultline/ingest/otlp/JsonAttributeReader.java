package io.faultline.ingest.otlp;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.otlp.MetricsRequest.Attribute;
import java.io.IOException;
import java.util.Base64;
import java.util.List;

/**
 * Reads OTLP/JSON attributes ({@code [{"key": .., "value": {"stringValue": ..}}]}), their values
 * rendered as label values by {@link AttributeValues}' rules.
 */
final class JsonAttributeReader {
    private final JsonCursor c;

    JsonAttributeReader(JsonCursor cursor) {
        this.c = cursor;
    }

    /** An {@code attributes} array into {@code into}. */
    void read(String at, List<Attribute> into) throws IOException {
        c.array(at, (i, kvAt) -> into.add(keyValue(kvAt, 0, false)));
    }

    /** A KeyValue; {@code nested} inside a kvlistValue, where an absent value is {@code null}. */
    private Attribute keyValue(String at, int depth, boolean nested) throws IOException {
        String[] kv = {"", nested ? "null" : ""};
        c.object(at, (name, fieldAt) -> {
            switch (name) {
                case "key" -> kv[0] = c.string(fieldAt);
                case "value" -> kv[1] = anyValue(fieldAt, depth, nested);
                default -> c.skip();
            }
        });
        return new Attribute(kv[0], kv[1]);
    }

    /** An AnyValue rendered by {@link AttributeValues}' rules; {@code nested} inside an array or list. */
    private String anyValue(String at, int depth, boolean nested) throws IOException {
        if (depth > AttributeValues.MAX_DEPTH) {
            throw new InvalidInputException(at + ": attribute values nested deeper than " + AttributeValues.MAX_DEPTH);
        }
        String[] value = {nested ? "null" : ""};
        c.object(at, (name, fieldAt) -> {
            switch (name) {
                case "stringValue" -> {
                    String s = c.string(fieldAt);
                    value[0] = nested ? AttributeValues.quoted(s) : s;
                }
                case "boolValue" -> value[0] = Boolean.toString(c.bool(fieldAt));
                case "intValue" -> value[0] = Long.toString(c.int64(fieldAt));
                case "doubleValue" -> value[0] = AttributeValues.ofDouble(c.dbl(fieldAt), nested);
                case "bytesValue" -> {
                    String b = c.string(fieldAt);
                    try {
                        Base64.getDecoder().decode(b);
                    } catch (IllegalArgumentException e) {
                        throw new InvalidInputException(fieldAt + ": not base64: " + e.getMessage());
                    }
                    value[0] = nested ? AttributeValues.quoted(b) : b;
                }
                case "arrayValue", "kvlistValue" -> value[0] = list(fieldAt, depth + 1, name.equals("kvlistValue"));
                default -> c.skip();
            }
        });
        return value[0];
    }

    /** An arrayValue ({@code [..]}) or a kvlistValue ({@code {..}}) as compact JSON. */
    private String list(String at, int depth, boolean keyValues) throws IOException {
        StringBuilder sb = new StringBuilder(keyValues ? "{" : "[");
        c.object(at, (name, fieldAt) -> {
            if (!name.equals("values")) {
                c.skip();
                return;
            }
            c.array(fieldAt, (i, elementAt) -> {
                if (i > 0) {
                    sb.append(',');
                }
                if (keyValues) {
                    Attribute kv = keyValue(elementAt, depth, true);
                    sb.append(AttributeValues.quoted(kv.key())).append(':').append(kv.value());
                } else {
                    sb.append(anyValue(elementAt, depth, true));
                }
            });
        });
        return sb.append(keyValues ? '}' : ']').toString();
    }
}
