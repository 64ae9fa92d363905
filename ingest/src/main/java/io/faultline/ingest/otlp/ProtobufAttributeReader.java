package io.faultline.ingest.otlp;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.format.protobuf.ProtoReader;
import io.faultline.ingest.otlp.MetricsRequest.Attribute;
import java.util.List;

/**
 * Reads protobuf attributes: {@code KeyValue { string key = 1; AnyValue value = 2; }}, with
 * {@code AnyValue { oneof { string = 1; bool = 2; int64 = 3; double = 4; ArrayValue = 5; KeyValueList = 6;
 * bytes = 7; } }}, rendered as label values by {@link AttributeValues}' rules.
 */
final class ProtobufAttributeReader {
    private ProtobufAttributeReader() {
    }

    /** Reads the {@code attributes} field just tagged (one KeyValue) of the message at {@code path} into {@code into}. */
    static void attribute(ProtoReader r, String path, List<Attribute> into) {
        r.expect(ProtoReader.LEN, path, ".attributes");
        String at = path + ".attributes[" + into.size() + "]";
        into.add(r.message(() -> keyValue(r, at, 0, false)));
    }

    /** A KeyValue; {@code nested} inside a KeyValueList, where an absent value is {@code null}. */
    private static Attribute keyValue(ProtoReader r, String path, int depth, boolean nested) {
        String key = "";
        String value = nested ? "null" : "";
        while (r.more()) {
            switch (r.readTag() >>> 3) {
                case 1 -> {
                    r.expect(ProtoReader.LEN, path, ".key");
                    key = r.readString();
                }
                case 2 -> {
                    r.expect(ProtoReader.LEN, path, ".value");
                    value = r.message(() -> anyValue(r, path + ".value", depth, nested));
                }
                default -> r.skipField();
            }
        }
        return new Attribute(key, value);
    }

    /** An AnyValue rendered by {@link AttributeValues}' rules; {@code nested} inside an array or list. */
    private static String anyValue(ProtoReader r, String path, int depth, boolean nested) {
        if (depth > AttributeValues.MAX_DEPTH) {
            throw new InvalidInputException(path + ": attribute values nested deeper than " + AttributeValues.MAX_DEPTH);
        }
        String value = nested ? "null" : "";
        while (r.more()) {
            int field = r.readTag() >>> 3;
            switch (field) {
                case 1 -> {
                    r.expect(ProtoReader.LEN, path, ".stringValue");
                    String s = r.readString();
                    value = nested ? AttributeValues.quoted(s) : s;
                }
                case 2 -> {
                    r.expect(ProtoReader.VARINT, path, ".boolValue");
                    value = r.readVarint() != 0 ? "true" : "false";
                }
                case 3 -> {
                    r.expect(ProtoReader.VARINT, path, ".intValue");
                    value = Long.toString(r.readVarint());
                }
                case 4 -> {
                    r.expect(ProtoReader.FIXED64, path, ".doubleValue");
                    value = AttributeValues.ofDouble(r.readDouble(), nested);
                }
                case 5, 6 -> {
                    String at = path + (field == 5 ? ".arrayValue" : ".kvlistValue");
                    r.expect(ProtoReader.LEN, at, "");
                    value = r.message(() -> list(r, at, depth + 1, field == 6));
                }
                case 7 -> {
                    r.expect(ProtoReader.LEN, path, ".bytesValue");
                    String b = AttributeValues.ofBytes(r.readBytes());
                    value = nested ? AttributeValues.quoted(b) : b;
                }
                default -> r.skipField();
            }
        }
        return value;
    }

    /** An ArrayValue ({@code [..]}) or a KeyValueList ({@code {..}}) as compact JSON. */
    private static String list(ProtoReader r, String path, int depth, boolean keyValues) {
        StringBuilder sb = new StringBuilder(keyValues ? "{" : "[");
        int i = 0;
        while (r.more()) {
            if (r.readTag() >>> 3 != 1) {
                r.skipField();
                continue;
            }
            r.expect(ProtoReader.LEN, path, ".values");
            String at = path + ".values[" + i + "]";
            if (i++ > 0) {
                sb.append(',');
            }
            if (keyValues) {
                Attribute kv = r.message(() -> keyValue(r, at, depth, true));
                sb.append(AttributeValues.quoted(kv.key())).append(':').append(kv.value());
            } else {
                sb.append(r.message(() -> anyValue(r, at, depth, true)));
            }
        }
        return sb.append(keyValues ? '}' : ']').toString();
    }
}
