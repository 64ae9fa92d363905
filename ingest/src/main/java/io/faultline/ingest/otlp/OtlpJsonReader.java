package io.faultline.ingest.otlp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.otlp.MetricsRequest.Attribute;
import io.faultline.ingest.otlp.MetricsRequest.ExponentialPoint;
import io.faultline.ingest.otlp.MetricsRequest.HistogramPoint;
import io.faultline.ingest.otlp.MetricsRequest.Metric;
import io.faultline.ingest.otlp.MetricsRequest.NumberPoint;
import io.faultline.ingest.otlp.MetricsRequest.Resource;
import io.faultline.ingest.otlp.MetricsRequest.Type;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads an OTLP/JSON {@code ExportMetricsServiceRequest} (the protobuf JSON mapping as the OTLP
 * specification restricts it: lowerCamelCase field names, 64-bit integers as decimal strings or
 * numbers, enums as integers, and, leniently, their names) into a {@link MetricsRequest}, streaming.
 * Unknown fields are ignored, as OTLP/JSON receivers must; {@code null} is the field's default.
 * A value of the wrong JSON type is refused with its path, e.g.
 * {@code resourceMetrics[0].scopeMetrics[0].metrics[1].sum.dataPoints[3].timeUnixNano}.
 */
final class OtlpJsonReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final List<String> TEMPORALITIES = List.of("AGGREGATION_TEMPORALITY_UNSPECIFIED",
            "AGGREGATION_TEMPORALITY_DELTA", "AGGREGATION_TEMPORALITY_CUMULATIVE");

    private final JsonParser p;

    private OtlpJsonReader(JsonParser parser) {
        this.p = parser;
    }

    @FunctionalInterface
    private interface Fields {
        void field(String name, String at) throws IOException;
    }

    @FunctionalInterface
    private interface Elements {
        void element(int index, String at) throws IOException;
    }

    static MetricsRequest read(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            OtlpJsonReader reader = new OtlpJsonReader(parser);
            if (parser.nextToken() == null) {
                throw new InvalidInputException("body is empty, expected a JSON object");
            }
            MetricsRequest request = reader.request();
            if (parser.nextToken() != null) {
                throw new InvalidInputException("unexpected content after the top-level object");
            }
            return request;
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new InvalidInputException("malformed JSON" + (where == null ? "" : " at line " + where.getLineNr()
                    + ", column " + where.getColumnNr()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the request body failed", e);
        }
    }

    private MetricsRequest request() throws IOException {
        List<Resource> resources = new ArrayList<>();
        object("", (name, at) -> {
            if (name.equals("resourceMetrics")) {
                array(at, (i, elementAt) -> resources.add(resourceMetrics(elementAt)));
            } else {
                p.skipChildren();
            }
        });
        return new MetricsRequest(resources);
    }

    private Resource resourceMetrics(String at) throws IOException {
        List<Attribute> attributes = new ArrayList<>();
        List<Metric> metrics = new ArrayList<>();
        object(at, (name, fieldAt) -> {
            switch (name) {
                case "resource" -> object(fieldAt, (n, a) -> {
                    if (n.equals("attributes")) {
                        attributes(a, attributes);
                    } else {
                        p.skipChildren();
                    }
                });
                case "scopeMetrics" -> array(fieldAt, (i, scopeAt) -> object(scopeAt, (n, a) -> {
                    if (n.equals("metrics")) {
                        array(a, (j, metricAt) -> metrics.add(metric(metricAt)));
                    } else {
                        p.skipChildren();
                    }
                }));
                default -> p.skipChildren();
            }
        });
        return new Resource(at, attributes, metrics);
    }

    /** Collects a metric's fields in any order; the last data field wins, as in protobuf. */
    private static final class MetricFields {
        String name = "";
        String unit = "";
        Type type = Type.NONE;
        int temporality;
        boolean monotonic;
        List<NumberPoint> numbers = List.of();
        List<HistogramPoint> histograms = List.of();
        List<ExponentialPoint> exponentials = List.of();
        int others;
    }

    private Metric metric(String at) throws IOException {
        MetricFields m = new MetricFields();
        object(at, (name, fieldAt) -> {
            switch (name) {
                case "name" -> m.name = string(fieldAt);
                case "unit" -> m.unit = string(fieldAt);
                case "gauge", "sum", "histogram", "exponentialHistogram", "summary" -> data(name, fieldAt, m);
                default -> p.skipChildren();
            }
        });
        return new Metric(at, m.name, m.unit, m.type, m.temporality, m.monotonic, m.numbers, m.histograms,
                m.exponentials, m.others);
    }

    private void data(String field, String at, MetricFields m) throws IOException {
        Type type = switch (field) {
            case "gauge" -> Type.GAUGE;
            case "sum" -> Type.SUM;
            case "histogram" -> Type.HISTOGRAM;
            case "exponentialHistogram" -> Type.EXPONENTIAL_HISTOGRAM;
            default -> Type.SUMMARY;
        };
        m.type = type;
        m.numbers = new ArrayList<>();
        m.histograms = new ArrayList<>();
        m.exponentials = new ArrayList<>();
        m.others = 0;
        m.temporality = MetricsRequest.TEMPORALITY_UNSPECIFIED;
        m.monotonic = false;
        object(at, (name, fieldAt) -> {
            if (name.equals("dataPoints")) {
                array(fieldAt, (i, pointAt) -> {
                    switch (type) {
                        case GAUGE, SUM -> m.numbers.add(numberPoint(pointAt));
                        case HISTOGRAM -> m.histograms.add(histogramPoint(pointAt));
                        case EXPONENTIAL_HISTOGRAM -> m.exponentials.add(exponentialPoint(pointAt));
                        default -> {
                            m.others++;
                            p.skipChildren();
                        }
                    }
                });
            } else if (name.equals("aggregationTemporality") && type != Type.GAUGE && type != Type.SUMMARY) {
                m.temporality = enumValue(fieldAt, TEMPORALITIES);
            } else if (name.equals("isMonotonic") && type == Type.SUM) {
                m.monotonic = bool(fieldAt);
            } else {
                p.skipChildren();
            }
        });
    }

    private NumberPoint numberPoint(String at) throws IOException {
        List<Attribute> attributes = new ArrayList<>();
        long[] times = new long[2];
        double[] value = {0};
        boolean[] hasValue = {false};
        int[] flags = {0};
        object(at, (name, fieldAt) -> {
            switch (name) {
                case "attributes" -> attributes(fieldAt, attributes);
                case "startTimeUnixNano" -> times[0] = int64(fieldAt);
                case "timeUnixNano" -> times[1] = int64(fieldAt);
                case "asDouble" -> {
                    value[0] = dbl(fieldAt);
                    hasValue[0] = p.currentToken() != JsonToken.VALUE_NULL;
                }
                case "asInt" -> {
                    value[0] = int64(fieldAt);
                    hasValue[0] = p.currentToken() != JsonToken.VALUE_NULL;
                }
                case "flags" -> flags[0] = (int) int64(fieldAt);
                default -> p.skipChildren();
            }
        });
        return new NumberPoint(attributes, times[0], times[1], value[0], hasValue[0], flags[0]);
    }

    private HistogramPoint histogramPoint(String at) throws IOException {
        List<Attribute> attributes = new ArrayList<>();
        long[] scalars = new long[4]; // start, time, count, flags
        List<long[]> counts = new ArrayList<>(List.of(new long[0]));
        List<double[]> bounds = new ArrayList<>(List.of(new double[0]));
        object(at, (name, fieldAt) -> {
            switch (name) {
                case "attributes" -> attributes(fieldAt, attributes);
                case "startTimeUnixNano" -> scalars[0] = int64(fieldAt);
                case "timeUnixNano" -> scalars[1] = int64(fieldAt);
                case "count" -> scalars[2] = int64(fieldAt);
                case "flags" -> scalars[3] = int64(fieldAt);
                case "bucketCounts" -> {
                    List<Long> values = new ArrayList<>();
                    array(fieldAt, (i, a) -> values.add(int64(a)));
                    counts.set(0, values.stream().mapToLong(Long::longValue).toArray());
                }
                case "explicitBounds" -> {
                    List<Double> values = new ArrayList<>();
                    array(fieldAt, (i, a) -> values.add(dbl(a)));
                    bounds.set(0, values.stream().mapToDouble(Double::doubleValue).toArray());
                }
                default -> p.skipChildren();
            }
        });
        return new HistogramPoint(attributes, scalars[0], scalars[1], scalars[2], counts.get(0), bounds.get(0),
                (int) scalars[3]);
    }

    private ExponentialPoint exponentialPoint(String at) throws IOException {
        List<Attribute> attributes = new ArrayList<>();
        long[] scalars = new long[5]; // start, time, zeroCount, flags, scale
        double[] zeroThreshold = {0};
        Object[] sides = {new long[] {0}, new long[0], new long[] {0}, new long[0]}; // positive offset, counts, negative
        object(at, (name, fieldAt) -> {
            switch (name) {
                case "attributes" -> attributes(fieldAt, attributes);
                case "startTimeUnixNano" -> scalars[0] = int64(fieldAt);
                case "timeUnixNano" -> scalars[1] = int64(fieldAt);
                case "zeroCount" -> scalars[2] = int64(fieldAt);
                case "flags" -> scalars[3] = int64(fieldAt);
                case "scale" -> scalars[4] = int32(fieldAt);
                case "zeroThreshold" -> zeroThreshold[0] = dbl(fieldAt);
                case "positive", "negative" -> {
                    int side = name.equals("positive") ? 0 : 2;
                    object(fieldAt, (n, a) -> {
                        if (n.equals("offset")) {
                            sides[side] = new long[] {int32(a)};
                        } else if (n.equals("bucketCounts")) {
                            List<Long> values = new ArrayList<>();
                            array(a, (i, elementAt) -> values.add(int64(elementAt)));
                            sides[side + 1] = values.stream().mapToLong(Long::longValue).toArray();
                        } else {
                            p.skipChildren();
                        }
                    });
                }
                default -> p.skipChildren();
            }
        });
        ExponentialBuckets buckets = new ExponentialBuckets((int) scalars[4], zeroThreshold[0], scalars[2],
                (int) ((long[]) sides[0])[0], (long[]) sides[1], (int) ((long[]) sides[2])[0], (long[]) sides[3]);
        return new ExponentialPoint(attributes, scalars[0], scalars[1], buckets, (int) scalars[3]);
    }

    private void attributes(String at, List<Attribute> into) throws IOException {
        array(at, (i, kvAt) -> {
            String[] kv = {"", ""};
            object(kvAt, (name, fieldAt) -> {
                switch (name) {
                    case "key" -> kv[0] = string(fieldAt);
                    case "value" -> kv[1] = anyValue(fieldAt, 0, false);
                    default -> p.skipChildren();
                }
            });
            into.add(new Attribute(kv[0], kv[1]));
        });
    }

    /** An AnyValue rendered by {@link AttributeValues}' rules; {@code nested} inside an array or list. */
    private String anyValue(String at, int depth, boolean nested) throws IOException {
        if (depth > AttributeValues.MAX_DEPTH) {
            throw new InvalidInputException(at + ": attribute values nested deeper than " + AttributeValues.MAX_DEPTH);
        }
        String[] value = {nested ? "null" : ""};
        object(at, (name, fieldAt) -> {
            switch (name) {
                case "stringValue" -> {
                    String s = string(fieldAt);
                    value[0] = nested ? AttributeValues.quoted(s) : s;
                }
                case "boolValue" -> value[0] = Boolean.toString(bool(fieldAt));
                case "intValue" -> value[0] = Long.toString(int64(fieldAt));
                case "doubleValue" -> {
                    String d = AttributeValues.ofDouble(dbl(fieldAt));
                    value[0] = nested && !Character.isDigit(d.charAt(d.length() - 1)) ? AttributeValues.quoted(d) : d;
                }
                case "bytesValue" -> {
                    String b = string(fieldAt);
                    try {
                        Base64.getDecoder().decode(b);
                    } catch (IllegalArgumentException e) {
                        throw new InvalidInputException(fieldAt + ": not base64: " + e.getMessage());
                    }
                    value[0] = nested ? AttributeValues.quoted(b) : b;
                }
                case "arrayValue", "kvlistValue" -> value[0] = list(fieldAt, depth + 1, name.equals("kvlistValue"));
                default -> p.skipChildren();
            }
        });
        return value[0];
    }

    private String list(String at, int depth, boolean keyValues) throws IOException {
        StringBuilder sb = new StringBuilder(keyValues ? "{" : "[");
        object(at, (name, fieldAt) -> {
            if (!name.equals("values")) {
                p.skipChildren();
                return;
            }
            array(fieldAt, (i, elementAt) -> {
                if (i > 0) {
                    sb.append(',');
                }
                if (!keyValues) {
                    sb.append(anyValue(elementAt, depth, true));
                    return;
                }
                String[] kv = {"", "null"};
                object(elementAt, (n, a) -> {
                    switch (n) {
                        case "key" -> kv[0] = string(a);
                        case "value" -> kv[1] = anyValue(a, depth, true);
                        default -> p.skipChildren();
                    }
                });
                sb.append(AttributeValues.quoted(kv[0])).append(':').append(kv[1]);
            });
        });
        return sb.append(keyValues ? '}' : ']').toString();
    }

    // --- the structure and the scalars of the protobuf JSON mapping ---

    /** The current token must start an object (or be null: an absent message); calls {@code fields} per field. */
    private void object(String at, Fields fields) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            throw wrongType(at, "an object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            fields.field(name, at.isEmpty() ? name : at + "." + name);
        }
    }

    private void array(String at, Elements elements) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        if (token != JsonToken.START_ARRAY) {
            throw wrongType(at, "an array");
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            elements.element(i, at + "[" + i + "]");
            i++;
        }
    }

    private String string(String at) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_STRING -> p.getText();
            case VALUE_NULL -> "";
            default -> throw wrongType(at, "a string");
        };
    }

    private boolean bool(String at) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE, VALUE_NULL -> false;
            default -> throw wrongType(at, "a boolean");
        };
    }

    /** A 64-bit integer: a JSON integer, or a decimal string as the mapping prefers (unsigned up to 2^64-1). */
    private long int64(String at) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return 0;
        }
        String text;
        if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            text = p.getText().trim();
        } else {
            throw wrongType(at, "an integer (a number or a decimal string)");
        }
        try {
            BigDecimal exact = new BigDecimal(text);
            java.math.BigInteger integer = exact.toBigIntegerExact();
            if (integer.signum() < 0 ? integer.bitLength() > 63 : integer.bitLength() > 64) {
                throw new InvalidInputException(at + ": " + text + " is out of the 64-bit range");
            }
            return integer.longValue(); // unsigned values above 2^63-1 wrap, as fixed64 does in Java
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(at + ": \"" + excerpt(text) + "\" is not an integer");
        }
    }

    private int int32(String at) throws IOException {
        long value = int64(at);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new InvalidInputException(at + ": " + value + " is out of the 32-bit range");
        }
        return (int) value;
    }

    /** A double: a JSON number, or a string holding a number, "NaN", "Infinity" or "-Infinity". */
    private double dbl(String at) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDoubleValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw wrongType(at, "a number");
        }
        String text = p.getText().trim();
        switch (text) {
            case "NaN" -> {
                return Double.NaN;
            }
            case "Infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-Infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            default -> {
                try {
                    return new BigDecimal(text).doubleValue();
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(at + ": \"" + excerpt(text) + "\" is not a number");
                }
            }
        }
    }

    private int enumValue(String at, List<String> names) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING && names.contains(p.getText())) {
            return names.indexOf(p.getText());
        }
        long value = int64(at);
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new InvalidInputException(at + ": enum value " + value + " is out of range");
        }
        return (int) value;
    }

    private InvalidInputException wrongType(String at, String expected) throws IOException {
        JsonToken token = p.currentToken();
        String found = switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "the string \"" + excerpt(p.getText()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
            case VALUE_TRUE, VALUE_FALSE -> "the boolean " + p.getText();
            default -> token.name();
        };
        return new InvalidInputException((at.isEmpty() ? "body" : at) + ": expected " + expected + ", found " + found);
    }

    private static String excerpt(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
