package io.faultline.ingest.otlp;

import io.faultline.ingest.InvalidInputException;
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
        ProtoReader r = new ProtoReader(body, 0, body.length, "");
        List<Resource> resources = new ArrayList<>();
        while (r.hasMore()) {
            if (r.nextField() == 1) {
                r.expect(ProtoReader.LENGTH_DELIMITED, "resourceMetrics");
                String at = "resourceMetrics[" + resources.size() + "]";
                resources.add(resourceMetrics(r.message(at)));
            } else {
                r.skip();
            }
        }
        return new MetricsRequest(resources);
    }

    private static Resource resourceMetrics(ProtoReader r) {
        List<Attribute> attributes = List.of();
        List<Metric> metrics = new ArrayList<>();
        int scopes = 0;
        while (r.hasMore()) {
            switch (r.nextField()) {
                case 1 -> {
                    r.expect(ProtoReader.LENGTH_DELIMITED, "resource");
                    attributes = resource(r.message(r.at() + ".resource"));
                }
                case 2 -> {
                    r.expect(ProtoReader.LENGTH_DELIMITED, "scopeMetrics");
                    scopeMetrics(r.message(r.at() + ".scopeMetrics[" + scopes++ + "]"), metrics);
                }
                default -> r.skip();
            }
        }
        return new Resource(r.at(), attributes, metrics);
    }

    private static List<Attribute> resource(ProtoReader r) {
        List<Attribute> attributes = new ArrayList<>();
        while (r.hasMore()) {
            if (r.nextField() == 1) {
                r.expect(ProtoReader.LENGTH_DELIMITED, "attributes");
                attributes.add(keyValue(r.message(r.at() + ".attributes[" + attributes.size() + "]"), 0));
            } else {
                r.skip();
            }
        }
        return attributes;
    }

    private static void scopeMetrics(ProtoReader r, List<Metric> metrics) {
        int index = 0;
        while (r.hasMore()) {
            if (r.nextField() == 2) {
                r.expect(ProtoReader.LENGTH_DELIMITED, "metrics");
                metrics.add(metric(r.message(r.at() + ".metrics[" + index++ + "]")));
            } else {
                r.skip();
            }
        }
    }

    private static Metric metric(ProtoReader r) {
        String name = "";
        String unit = "";
        Type type = Type.NONE;
        int temporality = MetricsRequest.TEMPORALITY_UNSPECIFIED;
        boolean monotonic = false;
        List<NumberPoint> numbers = List.of();
        List<HistogramPoint> histograms = List.of();
        List<ExponentialPoint> exponentials = List.of();
        int others = 0;
        while (r.hasMore()) {
            int field = r.nextField();
            if (field == 1 || field == 3) {
                r.expect(ProtoReader.LENGTH_DELIMITED, field == 1 ? "name" : "unit");
                if (field == 1) {
                    name = r.string();
                } else {
                    unit = r.string();
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
                r.skip();
                continue;
            }
            r.expect(ProtoReader.LENGTH_DELIMITED, data.field);
            ProtoReader d = r.message(r.at() + "." + data.field);
            // a oneof: the last data field wins, as in every protobuf reader
            type = data;
            numbers = new ArrayList<>();
            histograms = new ArrayList<>();
            exponentials = new ArrayList<>();
            others = 0;
            temporality = MetricsRequest.TEMPORALITY_UNSPECIFIED;
            monotonic = false;
            while (d.hasMore()) {
                int f = d.nextField();
                if (f == 1) {
                    d.expect(ProtoReader.LENGTH_DELIMITED, "dataPoints");
                    int i = numbers.size() + histograms.size() + exponentials.size() + others;
                    ProtoReader p = d.message(d.at() + ".dataPoints[" + i + "]");
                    switch (data) {
                        case GAUGE, SUM -> numbers.add(numberPoint(p));
                        case HISTOGRAM -> histograms.add(histogramPoint(p));
                        case EXPONENTIAL_HISTOGRAM -> exponentials.add(exponentialPoint(p));
                        default -> {
                            others++;
                            while (p.hasMore()) { // still checked for well-formedness
                                p.nextField();
                                p.skip();
                            }
                        }
                    }
                } else if (f == 2 && data != Type.GAUGE && data != Type.SUMMARY) {
                    d.expect(ProtoReader.VARINT, "aggregationTemporality");
                    temporality = (int) d.varint();
                } else if (f == 3 && data == Type.SUM) {
                    d.expect(ProtoReader.VARINT, "isMonotonic");
                    monotonic = d.varint() != 0;
                } else {
                    d.skip();
                }
            }
        }
        return new Metric(r.at(), name, unit, type, temporality, monotonic, numbers, histograms, exponentials, others);
    }

    private static NumberPoint numberPoint(ProtoReader r) {
        List<Attribute> attributes = new ArrayList<>();
        long start = 0;
        long time = 0;
        double value = 0;
        boolean hasValue = false;
        int flags = 0;
        while (r.hasMore()) {
            switch (r.nextField()) {
                case 7 -> {
                    r.expect(ProtoReader.LENGTH_DELIMITED, "attributes");
                    attributes.add(keyValue(r.message(r.at() + ".attributes[" + attributes.size() + "]"), 0));
                }
                case 2 -> {
                    r.expect(ProtoReader.FIXED64, "startTimeUnixNano");
                    start = r.fixed64();
                }
                case 3 -> {
                    r.expect(ProtoReader.FIXED64, "timeUnixNano");
                    time = r.fixed64();
                }
                case 4 -> {
                    r.expect(ProtoReader.FIXED64, "asDouble");
                    value = r.doubleValue();
                    hasValue = true;
                }
                case 6 -> {
                    r.expect(ProtoReader.FIXED64, "asInt");
                    value = r.fixed64();
                    hasValue = true;
                }
                case 8 -> {
                    r.expect(ProtoReader.VARINT, "flags");
                    flags = (int) r.varint();
                }
                default -> r.skip();
            }
        }
        return new NumberPoint(attributes, start, time, value, hasValue, flags);
    }

    private static HistogramPoint histogramPoint(ProtoReader r) {
        List<Attribute> attributes = new ArrayList<>();
        long start = 0;
        long time = 0;
        long count = 0;
        LongList counts = new LongList();
        LongList bounds = new LongList();
        int flags = 0;
        while (r.hasMore()) {
            switch (r.nextField()) {
                case 9 -> {
                    r.expect(ProtoReader.LENGTH_DELIMITED, "attributes");
                    attributes.add(keyValue(r.message(r.at() + ".attributes[" + attributes.size() + "]"), 0));
                }
                case 2 -> {
                    r.expect(ProtoReader.FIXED64, "startTimeUnixNano");
                    start = r.fixed64();
                }
                case 3 -> {
                    r.expect(ProtoReader.FIXED64, "timeUnixNano");
                    time = r.fixed64();
                }
                case 4 -> {
                    r.expect(ProtoReader.FIXED64, "count");
                    count = r.fixed64();
                }
                case 6 -> repeatedFixed64(r, counts, "bucketCounts");
                case 7 -> repeatedFixed64(r, bounds, "explicitBounds");
                case 10 -> {
                    r.expect(ProtoReader.VARINT, "flags");
                    flags = (int) r.varint();
                }
                default -> r.skip();
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
    private static ExponentialPoint exponentialPoint(ProtoReader r) {
        List<Attribute> attributes = new ArrayList<>();
        long start = 0;
        long time = 0;
        long zeroCount = 0;
        double zeroThreshold = 0;
        int scale = 0;
        int flags = 0;
        Buckets positive = Buckets.NONE;
        Buckets negative = Buckets.NONE;
        while (r.hasMore()) {
            switch (r.nextField()) {
                case 1 -> {
                    r.expect(ProtoReader.LENGTH_DELIMITED, "attributes");
                    attributes.add(keyValue(r.message(r.at() + ".attributes[" + attributes.size() + "]"), 0));
                }
                case 2 -> {
                    r.expect(ProtoReader.FIXED64, "startTimeUnixNano");
                    start = r.fixed64();
                }
                case 3 -> {
                    r.expect(ProtoReader.FIXED64, "timeUnixNano");
                    time = r.fixed64();
                }
                case 6 -> {
                    r.expect(ProtoReader.VARINT, "scale");
                    scale = (int) ProtoReader.zigZag(r.varint());
                }
                case 7 -> {
                    r.expect(ProtoReader.FIXED64, "zeroCount");
                    zeroCount = r.fixed64();
                }
                case 8 -> {
                    r.expect(ProtoReader.LENGTH_DELIMITED, "positive");
                    positive = buckets(r.message(r.at() + ".positive"));
                }
                case 9 -> {
                    r.expect(ProtoReader.LENGTH_DELIMITED, "negative");
                    negative = buckets(r.message(r.at() + ".negative"));
                }
                case 10 -> {
                    r.expect(ProtoReader.VARINT, "flags");
                    flags = (int) r.varint();
                }
                case 14 -> {
                    r.expect(ProtoReader.FIXED64, "zeroThreshold");
                    zeroThreshold = r.doubleValue();
                }
                default -> r.skip();
            }
        }
        return new ExponentialPoint(attributes, start, time, new ExponentialBuckets(scale, zeroThreshold, zeroCount,
                positive.offset, positive.counts, negative.offset, negative.counts), flags);
    }

    private record Buckets(int offset, long[] counts) {
        static final Buckets NONE = new Buckets(0, new long[0]);
    }

    /** Buckets { sint32 offset = 1; repeated uint64 bucket_counts = 2; } (counts packed or not). */
    private static Buckets buckets(ProtoReader r) {
        int offset = 0;
        LongList counts = new LongList();
        while (r.hasMore()) {
            int field = r.nextField();
            if (field == 1) {
                r.expect(ProtoReader.VARINT, "offset");
                offset = (int) ProtoReader.zigZag(r.varint());
            } else if (field == 2 && r.wireType() == ProtoReader.VARINT) {
                counts.add(r.varint());
            } else if (field == 2) {
                r.expect(ProtoReader.LENGTH_DELIMITED, "bucketCounts");
                ProtoReader packed = r.message(r.at() + ".bucketCounts");
                while (packed.hasMore()) {
                    counts.add(packed.varint());
                }
            } else {
                r.skip();
            }
        }
        return new Buckets(offset, counts.toArray());
    }

    /** A repeated fixed64 or double field, packed (one length-delimited run) or one value per tag. */
    private static void repeatedFixed64(ProtoReader r, LongList into, String field) {
        if (r.wireType() == ProtoReader.FIXED64) {
            into.add(r.fixed64());
            return;
        }
        r.expect(ProtoReader.LENGTH_DELIMITED, field);
        ProtoReader packed = r.message(r.at() + "." + field);
        while (packed.hasMore()) {
            into.add(packed.fixed64());
        }
    }

    private static Attribute keyValue(ProtoReader r, int depth) {
        String key = "";
        String value = "";
        while (r.hasMore()) {
            switch (r.nextField()) {
                case 1 -> {
                    r.expect(ProtoReader.LENGTH_DELIMITED, "key");
                    key = r.string();
                }
                case 2 -> {
                    r.expect(ProtoReader.LENGTH_DELIMITED, "value");
                    value = anyValue(r.message(r.at() + ".value"), depth, false);
                }
                default -> r.skip();
            }
        }
        return new Attribute(key, value);
    }

    /** An AnyValue rendered by {@link AttributeValues}' rules; {@code nested} inside an array or list. */
    private static String anyValue(ProtoReader r, int depth, boolean nested) {
        if (depth > AttributeValues.MAX_DEPTH) {
            throw new InvalidInputException(r.at() + ": attribute values nested deeper than " + AttributeValues.MAX_DEPTH);
        }
        String value = nested ? "null" : "";
        while (r.hasMore()) {
            int field = r.nextField();
            switch (field) {
                case 1 -> {
                    r.expect(ProtoReader.LENGTH_DELIMITED, "stringValue");
                    String s = r.string();
                    value = nested ? AttributeValues.quoted(s) : s;
                }
                case 2 -> {
                    r.expect(ProtoReader.VARINT, "boolValue");
                    value = r.varint() != 0 ? "true" : "false";
                }
                case 3 -> {
                    r.expect(ProtoReader.VARINT, "intValue");
                    value = Long.toString(r.varint());
                }
                case 4 -> {
                    r.expect(ProtoReader.FIXED64, "doubleValue");
                    String d = AttributeValues.ofDouble(r.doubleValue());
                    value = nested && !Character.isDigit(d.charAt(d.length() - 1)) ? AttributeValues.quoted(d) : d;
                }
                case 5, 6 -> {
                    r.expect(ProtoReader.LENGTH_DELIMITED, field == 5 ? "arrayValue" : "kvlistValue");
                    value = list(r.message(r.at() + (field == 5 ? ".arrayValue" : ".kvlistValue")), depth + 1, field == 6);
                }
                case 7 -> {
                    r.expect(ProtoReader.LENGTH_DELIMITED, "bytesValue");
                    String b = AttributeValues.ofBytes(r.bytes());
                    value = nested ? AttributeValues.quoted(b) : b;
                }
                default -> r.skip();
            }
        }
        return value;
    }

    /** An ArrayValue ({@code [..]}) or a KeyValueList ({@code {..}}) as compact JSON. */
    private static String list(ProtoReader r, int depth, boolean keyValues) {
        StringBuilder sb = new StringBuilder(keyValues ? "{" : "[");
        int i = 0;
        while (r.hasMore()) {
            if (r.nextField() != 1) {
                r.skip();
                continue;
            }
            r.expect(ProtoReader.LENGTH_DELIMITED, "values");
            ProtoReader element = r.message(r.at() + ".values[" + i + "]");
            if (i++ > 0) {
                sb.append(',');
            }
            if (keyValues) {
                NestedKeyValue kv = nestedKeyValue(element, depth);
                sb.append(AttributeValues.quoted(kv.key)).append(':').append(kv.value);
            } else {
                sb.append(anyValue(element, depth, true));
            }
        }
        return sb.append(keyValues ? '}' : ']').toString();
    }

    private record NestedKeyValue(String key, String value) {
    }

    private static NestedKeyValue nestedKeyValue(ProtoReader r, int depth) {
        String key = "";
        String value = "null";
        while (r.hasMore()) {
            switch (r.nextField()) {
                case 1 -> {
                    r.expect(ProtoReader.LENGTH_DELIMITED, "key");
                    key = r.string();
                }
                case 2 -> {
                    r.expect(ProtoReader.LENGTH_DELIMITED, "value");
                    value = anyValue(r.message(r.at() + ".value"), depth, true);
                }
                default -> r.skip();
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
