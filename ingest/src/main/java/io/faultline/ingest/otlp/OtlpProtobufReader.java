package io.faultline.ingest.otlp;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.format.protobuf.ProtoReader;
import io.faultline.ingest.otlp.MetricsRequest.Attribute;
import io.faultline.ingest.otlp.MetricsRequest.ExponentialPoint;
import io.faultline.ingest.otlp.MetricsRequest.HistogramPoint;
import io.faultline.ingest.otlp.MetricsRequest.Metric;
import io.faultline.ingest.otlp.MetricsRequest.NumberPoint;
import io.faultline.ingest.otlp.MetricsRequest.Resource;
import io.faultline.ingest.otlp.MetricsRequest.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a protobuf {@code ExportMetricsServiceRequest} into a {@link MetricsRequest}. Field numbers
 * are those of opentelemetry-proto v1 ({@code collector/metrics/v1/metrics_service.proto},
 * {@code metrics/v1/metrics.proto}, {@code common/v1/common.proto}, {@code resource/v1/resource.proto});
 * unknown fields are skipped as protobuf requires, exemplars and metadata are skipped, repeated
 * numbers are accepted packed and unpacked. Paths in messages use the OTLP/JSON field names.
 */
final class OtlpProtobufReader {
    private OtlpProtobufReader() {
    }

    static MetricsRequest read(byte[] body) {
        ProtoReader r = new ProtoReader(body, 0, body.length, "OTLP");
        List<Resource> resources = new ArrayList<>();
        while (r.more()) {
            if (r.readTag() >>> 3 == 1) {
                r.expect(ProtoReader.LEN, "", "resourceMetrics");
                String at = "resourceMetrics[" + resources.size() + "]";
                resources.add(r.message(() -> resourceMetrics(r, at)));
            } else {
                r.skipField();
            }
        }
        return new MetricsRequest(resources);
    }

    private static Resource resourceMetrics(ProtoReader r, String path) {
        List<Attribute> attributes = List.of();
        List<Metric> metrics = new ArrayList<>();
        int scopes = 0;
        while (r.more()) {
            switch (r.readTag() >>> 3) {
                case 1 -> {
                    r.expect(ProtoReader.LEN, path, ".resource");
                    attributes = r.message(() -> resource(r, path + ".resource"));
                }
                case 2 -> {
                    r.expect(ProtoReader.LEN, path, ".scopeMetrics");
                    String at = path + ".scopeMetrics[" + scopes++ + "]";
                    r.message(() -> scopeMetrics(r, at, metrics));
                }
                default -> r.skipField();
            }
        }
        return new Resource(path, attributes, metrics);
    }

    private static List<Attribute> resource(ProtoReader r, String path) {
        List<Attribute> attributes = new ArrayList<>();
        while (r.more()) {
            if (r.readTag() >>> 3 == 1) {
                r.expect(ProtoReader.LEN, path, ".attributes");
                String at = path + ".attributes[" + attributes.size() + "]";
                    attributes.add(r.message(() -> keyValue(r, at, 0)));
            } else {
                r.skipField();
            }
        }
        return attributes;
    }

    private static List<Metric> scopeMetrics(ProtoReader r, String path, List<Metric> metrics) {
        int index = 0;
        while (r.more()) {
            if (r.readTag() >>> 3 == 2) {
                r.expect(ProtoReader.LEN, path, ".metrics");
                String at = path + ".metrics[" + index++ + "]";
                metrics.add(r.message(() -> metric(r, at)));
            } else {
                r.skipField();
            }
        }
        return metrics;
    }

    private static Metric metric(ProtoReader r, String path) {
        String name = "";
        String unit = "";
        Type type = Type.NONE;
        int temporality = MetricsRequest.TEMPORALITY_UNSPECIFIED;
        boolean monotonic = false;
        List<NumberPoint> numbers = List.of();
        List<HistogramPoint> histograms = List.of();
        List<ExponentialPoint> exponentials = List.of();
        int others = 0;
        while (r.more()) {
            int field = r.readTag() >>> 3;
            if (field == 1 || field == 3) {
                r.expect(ProtoReader.LEN, path, field == 1 ? ".name" : ".unit");
                if (field == 1) {
                    name = r.readString();
                } else {
                    unit = r.readString();
                }
                continue;
            }
            Type data = switch (field) {
                case 5 -> Type.GAUGE;
                case 7 -> Type.SUM;
                case 9 -> Type.HISTOGRAM;
                case 10 -> Type.EXPONENTIAL_HISTOGRAM;
                case 11 -> Type.SUMMARY;
                default -> null;
            };
            if (data == null) {
                r.skipField();
                continue;
            }
            r.expect(ProtoReader.LEN, path, "." + data.field);
            String dataPath = path + "." + data.field;
            int outer = r.pushLimit(r.readLength());
            // a oneof: the last data field wins, as in every protobuf reader
            type = data;
            numbers = new ArrayList<>();
            histograms = new ArrayList<>();
            exponentials = new ArrayList<>();
            others = 0;
            temporality = MetricsRequest.TEMPORALITY_UNSPECIFIED;
            monotonic = false;
            while (r.more()) {
                int f = r.readTag() >>> 3;
                if (f == 1) {
                    r.expect(ProtoReader.LEN, dataPath, ".dataPoints");
                    int i = numbers.size() + histograms.size() + exponentials.size() + others;
                    String at = dataPath + ".dataPoints[" + i + "]";
                    switch (data) {
                        case GAUGE, SUM -> numbers.add(r.message(() -> numberPoint(r, at)));
                        case HISTOGRAM -> histograms.add(r.message(() -> histogramPoint(r, at)));
                        case EXPONENTIAL_HISTOGRAM -> exponentials.add(r.message(() -> exponentialPoint(r, at)));
                        default -> {
                            others++;
                            r.message(() -> {
                                while (r.more()) { // still checked for well-formedness
                                    r.readTag();
                                    r.skipField();
                                }
                                return null;
                            });
                        }
                    }
                } else if (f == 2 && data != Type.GAUGE && data != Type.SUMMARY) {
                    r.expect(ProtoReader.VARINT, dataPath, ".aggregationTemporality");
                    temporality = (int) r.readVarint();
                } else if (f == 3 && data == Type.SUM) {
                    r.expect(ProtoReader.VARINT, dataPath, ".isMonotonic");
                    monotonic = r.readVarint() != 0;
                } else {
                    r.skipField();
                }
            }
            r.popLimit(outer);
        }
        return new Metric(path, name, unit, type, temporality, monotonic, numbers, histograms, exponentials, others);
    }

    private static NumberPoint numberPoint(ProtoReader r, String path) {
        List<Attribute> attributes = new ArrayList<>();
        long start = 0;
        long time = 0;
        double value = 0;
        boolean hasValue = false;
        int flags = 0;
        while (r.more()) {
            switch (r.readTag() >>> 3) {
                case 7 -> {
                    r.expect(ProtoReader.LEN, path, ".attributes");
                    String at = path + ".attributes[" + attributes.size() + "]";
                    attributes.add(r.message(() -> keyValue(r, at, 0)));
                }
                case 2 -> {
                    r.expect(ProtoReader.FIXED64, path, ".startTimeUnixNano");
                    start = r.readFixed64();
                }
                case 3 -> {
                    r.expect(ProtoReader.FIXED64, path, ".timeUnixNano");
                    time = r.readFixed64();
                }
                case 4 -> {
                    r.expect(ProtoReader.FIXED64, path, ".asDouble");
                    value = r.readDouble();
                    hasValue = true;
                }
                case 6 -> {
                    r.expect(ProtoReader.FIXED64, path, ".asInt");
                    value = r.readFixed64();
                    hasValue = true;
                }
                case 8 -> {
                    r.expect(ProtoReader.VARINT, path, ".flags");
                    flags = (int) r.readVarint();
                }
                default -> r.skipField();
            }
        }
        return new NumberPoint(attributes, start, time, value, hasValue, flags);
    }

    private static HistogramPoint histogramPoint(ProtoReader r, String path) {
        List<Attribute> attributes = new ArrayList<>();
        long start = 0;
        long time = 0;
        long count = 0;
        LongList counts = new LongList();
        LongList bounds = new LongList();
        int flags = 0;
        while (r.more()) {
            switch (r.readTag() >>> 3) {
                case 9 -> {
                    r.expect(ProtoReader.LEN, path, ".attributes");
                    String at = path + ".attributes[" + attributes.size() + "]";
                    attributes.add(r.message(() -> keyValue(r, at, 0)));
                }
                case 2 -> {
                    r.expect(ProtoReader.FIXED64, path, ".startTimeUnixNano");
                    start = r.readFixed64();
                }
                case 3 -> {
                    r.expect(ProtoReader.FIXED64, path, ".timeUnixNano");
                    time = r.readFixed64();
                }
                case 4 -> {
                    r.expect(ProtoReader.FIXED64, path, ".count");
                    count = r.readFixed64();
                }
                case 6 -> repeatedFixed64(r, counts, path, ".bucketCounts");
                case 7 -> repeatedFixed64(r, bounds, path, ".explicitBounds");
                case 10 -> {
                    r.expect(ProtoReader.VARINT, path, ".flags");
                    flags = (int) r.readVarint();
                }
                default -> r.skipField();
            }
        }
        double[] boundValues = Arrays.stream(bounds.toArray()).mapToDouble(Double::longBitsToDouble).toArray();
        return new HistogramPoint(attributes, start, time, count, counts.toArray(), boundValues, flags);
    }

    /**
     * ExponentialHistogramDataPoint { attributes = 1; start_time_unix_nano = 2; time_unix_nano = 3;
     * sint32 scale = 6; fixed64 zero_count = 7; Buckets positive = 8; Buckets negative = 9; flags = 10;
     * double zero_threshold = 14; }
     */
    private static ExponentialPoint exponentialPoint(ProtoReader r, String path) {
        List<Attribute> attributes = new ArrayList<>();
        long start = 0;
        long time = 0;
        long zeroCount = 0;
        double zeroThreshold = 0;
        int scale = 0;
        int flags = 0;
        Buckets positive = Buckets.NONE;
        Buckets negative = Buckets.NONE;
        while (r.more()) {
            switch (r.readTag() >>> 3) {
                case 1 -> {
                    r.expect(ProtoReader.LEN, path, ".attributes");
                    String at = path + ".attributes[" + attributes.size() + "]";
                    attributes.add(r.message(() -> keyValue(r, at, 0)));
                }
                case 2 -> {
                    r.expect(ProtoReader.FIXED64, path, ".startTimeUnixNano");
                    start = r.readFixed64();
                }
                case 3 -> {
                    r.expect(ProtoReader.FIXED64, path, ".timeUnixNano");
                    time = r.readFixed64();
                }
                case 6 -> {
                    r.expect(ProtoReader.VARINT, path, ".scale");
                    scale = (int) ProtoReader.zigZag(r.readVarint());
                }
                case 7 -> {
                    r.expect(ProtoReader.FIXED64, path, ".zeroCount");
                    zeroCount = r.readFixed64();
                }
                case 8 -> {
                    r.expect(ProtoReader.LEN, path, ".positive");
                    positive = r.message(() -> buckets(r, path + ".positive"));
                }
                case 9 -> {
                    r.expect(ProtoReader.LEN, path, ".negative");
                    negative = r.message(() -> buckets(r, path + ".negative"));
                }
                case 10 -> {
                    r.expect(ProtoReader.VARINT, path, ".flags");
                    flags = (int) r.readVarint();
                }
                case 14 -> {
                    r.expect(ProtoReader.FIXED64, path, ".zeroThreshold");
                    zeroThreshold = r.readDouble();
                }
                default -> r.skipField();
            }
        }
        return new ExponentialPoint(attributes, start, time, new ExponentialBuckets(scale, zeroThreshold, zeroCount,
                positive.offset, positive.counts, negative.offset, negative.counts), flags);
    }

    private record Buckets(int offset, long[] counts) {
        static final Buckets NONE = new Buckets(0, new long[0]);
    }

    /** Buckets { sint32 offset = 1; repeated uint64 bucket_counts = 2; } (counts packed or not). */
    private static Buckets buckets(ProtoReader r, String path) {
        int offset = 0;
        LongList counts = new LongList();
        while (r.more()) {
            int field = r.readTag() >>> 3;
            if (field == 1) {
                r.expect(ProtoReader.VARINT, path, ".offset");
                offset = (int) ProtoReader.zigZag(r.readVarint());
            } else if (field == 2 && r.wireType() == ProtoReader.VARINT) {
                counts.add(r.readVarint());
            } else if (field == 2) {
                r.expect(ProtoReader.LEN, path, ".bucketCounts");
                int outer = r.pushLimit(r.readLength());
                while (r.more()) {
                    counts.add(r.readVarint());
                }
                r.popLimit(outer);
            } else {
                r.skipField();
            }
        }
        return new Buckets(offset, counts.toArray());
    }

    /** A repeated fixed64 or double field, packed (one length-delimited run) or one value per tag. */
    private static void repeatedFixed64(ProtoReader r, LongList into, String path, String field) {
        if (r.wireType() == ProtoReader.FIXED64) {
            into.add(r.readFixed64());
            return;
        }
        r.expect(ProtoReader.LEN, path, field);
        int outer = r.pushLimit(r.readLength());
        while (r.more()) {
            into.add(r.readFixed64());
        }
        r.popLimit(outer);
    }

    private static Attribute keyValue(ProtoReader r, String path, int depth) {
        String key = "";
        String value = "";
        while (r.more()) {
            switch (r.readTag() >>> 3) {
                case 1 -> {
                    r.expect(ProtoReader.LEN, path, ".key");
                    key = r.readString();
                }
                case 2 -> {
                    r.expect(ProtoReader.LEN, path, ".value");
                    value = r.message(() -> anyValue(r, path + ".value", depth, false));
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
                    String d = AttributeValues.ofDouble(r.readDouble());
                    value = nested && !Character.isDigit(d.charAt(d.length() - 1)) ? AttributeValues.quoted(d) : d;
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
                NestedKeyValue kv = r.message(() -> nestedKeyValue(r, at, depth));
                sb.append(AttributeValues.quoted(kv.key)).append(':').append(kv.value);
            } else {
                sb.append(r.message(() -> anyValue(r, at, depth, true)));
            }
        }
        return sb.append(keyValues ? '}' : ']').toString();
    }

    private record NestedKeyValue(String key, String value) {
    }

    private static NestedKeyValue nestedKeyValue(ProtoReader r, String path, int depth) {
        String key = "";
        String value = "null";
        while (r.more()) {
            switch (r.readTag() >>> 3) {
                case 1 -> {
                    r.expect(ProtoReader.LEN, path, ".key");
                    key = r.readString();
                }
                case 2 -> {
                    r.expect(ProtoReader.LEN, path, ".value");
                    value = r.message(() -> anyValue(r, path + ".value", depth, true));
                }
                default -> r.skipField();
            }
        }
        return new NestedKeyValue(key, value);
    }

    /** A growable long array, so repeated numbers are not boxed. */
    private static final class LongList {
        private long[] values = new long[16];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
