package io.faultline.ingest.otlp;

import io.faultline.ingest.otlp.MetricsRequest.ExponentialPoint;
import io.faultline.ingest.otlp.MetricsRequest.HistogramPoint;
import io.faultline.ingest.otlp.MetricsRequest.NumberPoint;
import java.io.IOException;

/**
 * Reads the three OTLP/JSON data points Faultline maps (number, histogram, exponential histogram); the
 * fields they share (attributes, start and end time, flags) are read by {@link #common}. Exemplars,
 * sum, min and max are ignored.
 */
final class JsonPointReader {
    private final JsonCursor c;
    private final JsonAttributeReader attributes;

    JsonPointReader(JsonCursor cursor, JsonAttributeReader attributes) {
        this.c = cursor;
        this.attributes = attributes;
    }

    /** The value of a number point, and whether one was sent. */
    private static final class NumberValue {
        double value;
        boolean present;
    }

    NumberPoint number(String at) throws IOException {
        PointFields p = new PointFields();
        NumberValue v = new NumberValue();
        c.object(at, (name, fieldAt) -> {
            switch (name) {
                case "asDouble", "asInt" -> {
                    v.value = name.equals("asDouble") ? c.dbl(fieldAt) : c.int64(fieldAt);
                    v.present = !c.isNull();
                }
                default -> common(name, fieldAt, p);
            }
        });
        return new NumberPoint(p.header(), v.value, v.present);
    }

    /** The fields of a histogram point besides the common ones. */
    private static final class Histogram {
        long count;
        long[] counts = new long[0];
        double[] bounds = new double[0];
    }

    HistogramPoint histogram(String at) throws IOException {
        PointFields p = new PointFields();
        Histogram h = new Histogram();
        c.object(at, (name, fieldAt) -> {
            switch (name) {
                case "count" -> h.count = c.int64(fieldAt);
                case "bucketCounts" -> h.counts = c.int64s(fieldAt);
                case "explicitBounds" -> h.bounds = c.doubles(fieldAt);
                default -> common(name, fieldAt, p);
            }
        });
        return new HistogramPoint(p.header(), h.count, h.counts, h.bounds);
    }

    /** The fields of an exponential histogram point besides the common ones; a side is its offset and counts. */
    private static final class Exponential {
        int scale;
        long zeroCount;
        double zeroThreshold;
        final int[] offsets = new int[2];
        final long[][] counts = {new long[0], new long[0]};
    }

    ExponentialPoint exponential(String at) throws IOException {
        PointFields p = new PointFields();
        Exponential e = new Exponential();
        c.object(at, (name, fieldAt) -> {
            switch (name) {
                case "zeroCount" -> e.zeroCount = c.int64(fieldAt);
                case "scale" -> e.scale = c.int32(fieldAt);
                case "zeroThreshold" -> e.zeroThreshold = c.dbl(fieldAt);
                case "positive", "negative" -> {
                    int side = name.equals("positive") ? 0 : 1;
                    c.object(fieldAt, (n, a) -> {
                        switch (n) {
                            case "offset" -> e.offsets[side] = c.int32(a);
                            case "bucketCounts" -> e.counts[side] = c.int64s(a);
                            default -> c.skip();
                        }
                    });
                }
                default -> common(name, fieldAt, p);
            }
        });
        return new ExponentialPoint(p.header(), new ExponentialBuckets(e.scale, e.zeroThreshold, e.zeroCount,
                e.offsets[0], e.counts[0], e.offsets[1], e.counts[1]));
    }

    /** Reads a field every point has into {@code p}; skips any other. */
    private void common(String name, String at, PointFields p) throws IOException {
        switch (name) {
            case "attributes" -> attributes.read(at, p.attributes);
            case "startTimeUnixNano" -> p.startNs = c.int64(at);
            case "timeUnixNano" -> p.timeNs = c.int64(at);
            case "flags" -> p.flags = (int) c.int64(at);
            default -> c.skip();
        }
    }
}
