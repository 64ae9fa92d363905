package io.faultline.ingest.otlp;

import io.faultline.ingest.format.protobuf.ProtoReader;
import io.faultline.ingest.otlp.MetricsRequest.Metric;
import io.faultline.ingest.otlp.MetricsRequest.Type;

/**
 * Reads one protobuf {@code Metric} { name = 1; unit = 3; oneof data { Gauge gauge = 5; Sum sum = 7;
 * Histogram histogram = 9; ExponentialHistogram exponential_histogram = 10; Summary summary = 11; } }
 * and its data message { repeated data_points = 1; aggregation_temporality = 2; bool is_monotonic = 3
 * (sum only) }. The points are read by {@link ProtobufPointReader}; a summary's are only counted.
 */
final class ProtobufMetricReader {
    private ProtobufMetricReader() {
    }

    static Metric metric(ProtoReader r, String path) {
        MetricFields m = new MetricFields();
        while (r.more()) {
            int field = r.readTag() >>> 3;
            Type data = switch (field) {
                case 5 -> Type.GAUGE;
                case 7 -> Type.SUM;
                case 9 -> Type.HISTOGRAM;
                case 10 -> Type.EXPONENTIAL_HISTOGRAM;
                case 11 -> Type.SUMMARY;
                default -> null;
            };
            if (field == 1 || field == 3) {
                r.expect(ProtoReader.LEN, path, field == 1 ? ".name" : ".unit");
                if (field == 1) {
                    m.name = r.readString();
                } else {
                    m.unit = r.readString();
                }
            } else if (data != null) {
                r.expect(ProtoReader.LEN, path, "." + data.field);
                r.message(() -> data(r, path + "." + data.field, data, m));
            } else {
                r.skipField();
            }
        }
        return m.metric(path);
    }

    private static MetricFields data(ProtoReader r, String path, Type type, MetricFields m) {
        m.data(type);
        while (r.more()) {
            int field = r.readTag() >>> 3;
            if (field == 1) {
                r.expect(ProtoReader.LEN, path, ".dataPoints");
                String at = path + ".dataPoints[" + m.points() + "]";
                switch (type) {
                    case GAUGE, SUM -> m.numbers.add(r.message(() -> ProtobufPointReader.number(r, at)));
                    case HISTOGRAM -> m.histograms.add(r.message(() -> ProtobufPointReader.histogram(r, at)));
                    case EXPONENTIAL_HISTOGRAM -> m.exponentials.add(r.message(() -> ProtobufPointReader.exponential(r, at)));
                    default -> {
                        m.others++;
                        r.message(() -> skipAll(r));
                    }
                }
            } else if (field == 2 && type != Type.GAUGE && type != Type.SUMMARY) {
                r.expect(ProtoReader.VARINT, path, ".aggregationTemporality");
                m.temporality = (int) r.readVarint();
            } else if (field == 3 && type == Type.SUM) {
                r.expect(ProtoReader.VARINT, path, ".isMonotonic");
                m.monotonic = r.readVarint() != 0;
            } else {
                r.skipField();
            }
        }
        return m;
    }

    /** Skips a message it does not map, still checking that it is well-formed. */
    private static Void skipAll(ProtoReader r) {
        while (r.more()) {
            r.readTag();
            r.skipField();
        }
        return null;
    }
}
