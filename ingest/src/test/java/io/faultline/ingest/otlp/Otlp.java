package io.faultline.ingest.otlp;

/** OTLP metrics messages in protobuf, built with opentelemetry-proto v1's field numbers, for tests. */
final class Otlp {
    static final long T0_NS = 1_700_000_000_000L * 1_000_000;

    private Otlp() {
    }

    /** ExportMetricsServiceRequest { repeated ResourceMetrics resource_metrics = 1; } */
    static byte[] request(Proto... resourceMetrics) {
        Proto request = Proto.message();
        for (Proto r : resourceMetrics) {
            request.message(1, r);
        }
        return request.toBytes();
    }

    /** ResourceMetrics { Resource resource = 1; repeated ScopeMetrics scope_metrics = 2; } with one scope. */
    static Proto resourceMetrics(Proto[] resourceAttributes, Proto... metrics) {
        Proto resource = Proto.message();
        for (Proto a : resourceAttributes) {
            resource.message(1, a); // Resource { repeated KeyValue attributes = 1; }
        }
        Proto scope = Proto.message().message(1, Proto.message().string(1, "test.scope").string(2, "1.0"));
        for (Proto m : metrics) {
            scope.message(2, m); // ScopeMetrics { InstrumentationScope scope = 1; repeated Metric metrics = 2; }
        }
        return Proto.message().message(1, resource).message(2, scope).string(3, "https://opentelemetry.io/schemas/1.21.0");
    }

    static Proto[] attrs(Proto... keyValues) {
        return keyValues;
    }

    /** KeyValue { string key = 1; AnyValue value = 2; } with AnyValue { string string_value = 1; } */
    static Proto attr(String key, String value) {
        return Proto.message().string(1, key).message(2, Proto.message().string(1, value));
    }

    static Proto attr(String key, Proto anyValue) {
        return Proto.message().string(1, key).message(2, anyValue);
    }

    /** Metric { name = 1; description = 2; unit = 3; gauge = 5; sum = 7; histogram = 9; exponential_histogram = 10; summary = 11; } */
    static Proto metric(String name, String unit, int dataField, Proto data) {
        return Proto.message().string(1, name).string(2, "a test metric").string(3, unit).message(dataField, data);
    }

    static Proto gauge(String name, String unit, Proto... points) {
        Proto gauge = Proto.message();
        for (Proto p : points) {
            gauge.message(1, p);
        }
        return metric(name, unit, 5, gauge);
    }

    /** Sum { data_points = 1; aggregation_temporality = 2; is_monotonic = 3; } */
    static Proto sum(String name, String unit, int temporality, boolean monotonic, Proto... points) {
        Proto sum = Proto.message();
        for (Proto p : points) {
            sum.message(1, p);
        }
        sum.varint(2, temporality).varint(3, monotonic ? 1 : 0);
        return metric(name, unit, 7, sum);
    }

    /** Histogram { data_points = 1; aggregation_temporality = 2; } */
    static Proto histogram(String name, String unit, int temporality, Proto... points) {
        Proto histogram = Proto.message();
        for (Proto p : points) {
            histogram.message(1, p);
        }
        histogram.varint(2, temporality);
        return metric(name, unit, 9, histogram);
    }

    /** NumberDataPoint { attributes = 7; start_time_unix_nano = 2; time_unix_nano = 3; as_double = 4; as_int = 6; flags = 8; } */
    static Proto doublePoint(long timeNs, double value, Proto... attributes) {
        Proto p = Proto.message().fixed64(2, T0_NS - 60_000_000_000L).fixed64(3, timeNs).dbl(4, value);
        for (Proto a : attributes) {
            p.message(7, a);
        }
        return p;
    }

    static Proto intPoint(long timeNs, long value, Proto... attributes) {
        Proto p = Proto.message().fixed64(3, timeNs).fixed64(6, value);
        for (Proto a : attributes) {
            p.message(7, a);
        }
        return p;
    }

    /**
     * HistogramDataPoint { attributes = 9; start_time_unix_nano = 2; time_unix_nano = 3; count = 4; sum = 5;
     * bucket_counts = 6; explicit_bounds = 7; flags = 10; }
     */
    static Proto histogramPoint(long startNs, long timeNs, double[] bounds, long[] counts, Proto... attributes) {
        long count = 0;
        for (long c : counts) {
            count += c;
        }
        Proto p = Proto.message().fixed64(2, startNs).fixed64(3, timeNs).fixed64(4, count).dbl(5, 1.5)
                .packedFixed64(6, counts).packedDouble(7, bounds);
        for (Proto a : attributes) {
            p.message(9, a);
        }
        return p;
    }
}
