package io.faultline.api.promql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;

/**
 * Prometheus' JSON envelopes, byte for byte as Prometheus writes them: {@code {"status":"success","data":...}}
 * with values as strings and timestamps as bare numbers ({@link PromNumbers}), and
 * {@code {"status":"error","errorType":"bad_data","error":"..."}}.
 */
public final class PromJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private PromJson() {
    }

    /** Go's encoding/json escapes these too (HTML safety), so Prometheus' answers contain them escaped. */
    private static final class GoEscapes extends CharacterEscapes {
        static final GoEscapes INSTANCE = new GoEscapes();
        private final int[] table = CharacterEscapes.standardAsciiEscapesForJSON();

        private GoEscapes() {
            table['<'] = CharacterEscapes.ESCAPE_STANDARD;
            table['>'] = CharacterEscapes.ESCAPE_STANDARD;
            table['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    public static String result(QueryResult result) {
        return success(g -> {
            g.writeStartObject();
            if (result instanceof QueryResult.Scalar s) {
                g.writeStringField("resultType", "scalar");
                g.writeFieldName("result");
                point(g, s.timestampMs(), s.value());
            } else if (result instanceof QueryResult.Vector v) {
                g.writeStringField("resultType", "vector");
                g.writeArrayFieldStart("result");
                for (QueryResult.Sample s : v.samples()) {
                    g.writeStartObject();
                    labels(g, "metric", s.labels());
                    g.writeFieldName("value");
                    point(g, s.timestampMs(), s.value());
                    g.writeEndObject();
                }
                g.writeEndArray();
            } else {
                g.writeStringField("resultType", "matrix");
                g.writeArrayFieldStart("result");
                for (QueryResult.Series s : ((QueryResult.Matrix) result).series()) {
                    g.writeStartObject();
                    labels(g, "metric", s.labels());
                    g.writeArrayFieldStart("values");
                    for (int i = 0; i < s.values().length; i++) {
                        point(g, s.timestampsMs()[i], s.values()[i]);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        });
    }

    /** {@code data} as an array of strings (label names or values). */
    public static String strings(Collection<String> data) {
        return success(g -> {
            g.writeStartArray();
            for (String s : data) {
                g.writeString(s);
            }
            g.writeEndArray();
        });
    }

    /** {@code data} as an array of label sets (the series endpoint). */
    public static String labelSets(Collection<? extends SortedMap<String, String>> data) {
        return success(g -> {
            g.writeStartArray();
            for (SortedMap<String, String> labels : data) {
                labels(g, null, labels);
            }
            g.writeEndArray();
        });
    }

    /** {@code data} as an object of string fields, in the map's order. */
    public static String object(Map<String, String> data) {
        return success(g -> labels(g, null, data));
    }

    public static String error(String message) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("status", "error");
            g.writeStringField("errorType", "bad_data");
            g.writeStringField("error", message);
            g.writeEndObject();
        });
    }

    private static String success(Body data) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("status", "success");
            g.writeFieldName("data");
            data.write(g);
            g.writeEndObject();
        });
    }

    private static void labels(JsonGenerator g, String field, Map<String, String> labels) throws IOException {
        if (field != null) {
            g.writeFieldName(field);
        }
        g.writeStartObject();
        for (Map.Entry<String, String> e : labels.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void point(JsonGenerator g, long timestampMs, double value) throws IOException {
        g.writeStartArray();
        g.writeNumber(PromNumbers.timestamp(timestampMs));
        g.writeString(PromNumbers.value(value));
        g.writeEndArray();
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out).setCharacterEscapes(GoEscapes.INSTANCE)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
