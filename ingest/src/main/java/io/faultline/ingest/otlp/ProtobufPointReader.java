package io.faultline.ingest.otlp;

import io.faultline.ingest.format.protobuf.ProtoReader;
import io.faultline.ingest.otlp.MetricsRequest.ExponentialPoint;
import io.faultline.ingest.otlp.MetricsRequest.HistogramPoint;
import io.faultline.ingest.otlp.MetricsRequest.NumberPoint;
import java.util.Arrays;
import java.util.stream.LongStream;

/**
 * Reads the three protobuf data points Faultline maps. The fields they share (attributes, start and
 * end time, flags) are read by {@link #common}, since only their numbers differ:
 * <pre>
 * NumberDataPoint { attributes = 7; start_time_unix_nano = 2; time_unix_nano = 3; double as_double = 4;
 *                   sfixed64 as_int = 6; flags = 8; }
 * HistogramDataPoint { attributes = 9; start = 2; time = 3; fixed64 count = 4; repeated fixed64 bucket_counts = 6;
 *                      repeated double explicit_bounds = 7; flags = 10; }
 * ExponentialHistogramDataPoint { attributes = 1; start = 2; time = 3; sint32 scale = 6; fixed64 zero_count = 7;
 *                                 Buckets positive = 8; Buckets negative = 9; flags = 10; double zero_threshold = 14; }
 * </pre>
 * Exemplars, sum, min and max are skipped.
 */
final class ProtobufPointReader {
    private ProtobufPointReader() {
    }

    static NumberPoint number(ProtoReader r, String path) {
        PointFields p = new PointFields();
        double value = 0;
        boolean hasValue = false;
        while (r.more()) {
            int field = r.readTag() >>> 3;
            if (field == 4 || field == 6) {
                r.expect(ProtoReader.FIXED64, path, field == 4 ? ".asDouble" : ".asInt");
                value = field == 4 ? r.readDouble() : r.readFixed64();
                hasValue = true;
            } else if (!common(r, field, 7, 8, p, path)) {
                r.skipField();
            }
        }
        return new NumberPoint(p.header(), value, hasValue);
    }

    static HistogramPoint histogram(ProtoReader r, String path) {
        PointFields p = new PointFields();
        long count = 0;
        LongStream.Builder counts = LongStream.builder();
        LongStream.Builder bounds = LongStream.builder();
        while (r.more()) {
            int field = r.readTag() >>> 3;
            switch (field) {
                case 4 -> {
                    r.expect(ProtoReader.FIXED64, path, ".count");
                    count = r.readFixed64();
                }
                case 6 -> repeatedFixed64(r, counts, path, ".bucketCounts");
                case 7 -> repeatedFixed64(r, bounds, path, ".explicitBounds");
                default -> {
                    if (!common(r, field, 9, 10, p, path)) {
                        r.skipField();
                    }
                }
            }
        }
        double[] boundValues = Arrays.stream(bounds.build().toArray()).mapToDouble(Double::longBitsToDouble).toArray();
        return new HistogramPoint(p.header(), count, counts.build().toArray(), boundValues);
    }

    static ExponentialPoint exponential(ProtoReader r, String path) {
        PointFields p = new PointFields();
        long zeroCount = 0;
        double zeroThreshold = 0;
        int scale = 0;
        Buckets positive = Buckets.NONE;
        Buckets negative = Buckets.NONE;
        while (r.more()) {
            int field = r.readTag() >>> 3;
            switch (field) {
                case 6 -> {
                    r.expect(ProtoReader.VARINT, path, ".scale");
                    scale = (int) ProtoReader.zigZag(r.readVarint());
                }
                case 7 -> {
                    r.expect(ProtoReader.FIXED64, path, ".zeroCount");
                    zeroCount = r.readFixed64();
                }
                case 8, 9 -> {
                    String at = path + (field == 8 ? ".positive" : ".negative");
                    r.expect(ProtoReader.LEN, at, "");
                    Buckets side = r.message(() -> buckets(r, at));
                    if (field == 8) {
                        positive = side;
                    } else {
                        negative = side;
                    }
                }
                case 14 -> {
                    r.expect(ProtoReader.FIXED64, path, ".zeroThreshold");
                    zeroThreshold = r.readDouble();
                }
                default -> {
                    if (!common(r, field, 1, 10, p, path)) {
                        r.skipField();
                    }
                }
            }
        }
        return new ExponentialPoint(p.header(), new ExponentialBuckets(scale, zeroThreshold, zeroCount,
                positive.offset, positive.counts, negative.offset, negative.counts));
    }

    /** Reads {@code field} into {@code p} when it is one of the fields every point has; false when it is not. */
    private static boolean common(ProtoReader r, int field, int attributesField, int flagsField, PointFields p, String path) {
        if (field == attributesField) {
            ProtobufAttributeReader.attribute(r, path, p.attributes);
        } else if (field == 2 || field == 3) {
            r.expect(ProtoReader.FIXED64, path, field == 2 ? ".startTimeUnixNano" : ".timeUnixNano");
            if (field == 2) {
                p.startNs = r.readFixed64();
            } else {
                p.timeNs = r.readFixed64();
            }
        } else if (field == flagsField) {
            r.expect(ProtoReader.VARINT, path, ".flags");
            p.flags = (int) r.readVarint();
        } else {
            return false;
        }
        return true;
    }

    private record Buckets(int offset, long[] counts) {
        static final Buckets NONE = new Buckets(0, new long[0]);
    }

    /** Buckets { sint32 offset = 1; repeated uint64 bucket_counts = 2; } (counts packed or not). */
    private static Buckets buckets(ProtoReader r, String path) {
        int offset = 0;
        LongStream.Builder counts = LongStream.builder();
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
        return new Buckets(offset, counts.build().toArray());
    }

    /** A repeated fixed64 or double field, packed (one length-delimited run) or one value per tag. */
    private static void repeatedFixed64(ProtoReader r, LongStream.Builder into, String path, String field) {
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
}
