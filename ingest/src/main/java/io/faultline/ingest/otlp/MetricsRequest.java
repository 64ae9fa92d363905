package io.faultline.ingest.otlp;

import java.util.List;

/**
 * What an OTLP {@code ExportMetricsServiceRequest} says, reduced to what Faultline maps: resources
 * with their attributes and metrics (instrumentation scopes are flattened away), metrics with their
 * kind and points. Both the protobuf and the JSON reader produce this; {@link OtlpMapper} turns it
 * into samples. Attribute values are already rendered as strings. Field numbers and meanings follow
 * opentelemetry-proto's {@code metrics/v1/metrics.proto}.
 */
record MetricsRequest(List<Resource> resources) {

    /** Set on a point that carries no value: the OTLP form of a Prometheus staleness marker. */
    static final int FLAG_NO_RECORDED_VALUE = 1;
    static final int TEMPORALITY_UNSPECIFIED = 0;
    static final int TEMPORALITY_DELTA = 1;
    static final int TEMPORALITY_CUMULATIVE = 2;

    record Attribute(String key, String value) {
    }

    /** {@code path} locates it in the request, e.g. {@code resourceMetrics[0]}. */
    record Resource(String path, List<Attribute> attributes, List<Metric> metrics) {
    }

    enum Type {
        NONE("none"), GAUGE("gauge"), SUM("sum"), HISTOGRAM("histogram"),
        EXPONENTIAL_HISTOGRAM("exponentialHistogram"), SUMMARY("summary");

        /** The field's name in OTLP/JSON, as it appears in paths. */
        final String field;

        Type(String field) {
            this.field = field;
        }
    }

    /**
     * One metric; its points are in {@code numbers} (gauge, sum), {@code histograms} (histogram),
     * {@code exponentials} (exponential histogram) or only counted in {@code otherPoints} (summary: not mapped).
     */
    record Metric(String path, String name, String unit, Type type, int temporality, boolean monotonic,
                  List<NumberPoint> numbers, List<HistogramPoint> histograms, List<ExponentialPoint> exponentials,
                  int otherPoints) {

        int pointCount() {
            return numbers.size() + histograms.size() + exponentials.size() + otherPoints;
        }

        String pointPath(int index) {
            return path + "." + type.field + ".dataPoints[" + index + "]";
        }
    }

    /** What every data point has, whatever its type. */
    record PointHeader(List<Attribute> attributes, long startNs, long timeNs, int flags) {

        boolean noRecordedValue() {
            return (flags & FLAG_NO_RECORDED_VALUE) != 0;
        }
    }

    /** A gauge or sum point; {@code hasValue} is false when neither asDouble nor asInt was sent. */
    record NumberPoint(PointHeader header, double value, boolean hasValue) {
    }

    /** An exponential histogram point; its buckets as sent (validated by the mapper). */
    record ExponentialPoint(PointHeader header, ExponentialBuckets buckets) {
    }

    /** An explicit-bucket histogram point: {@code bucketCounts.length == bounds.length + 1} when valid. */
    record HistogramPoint(PointHeader header, long count, long[] bucketCounts, double[] bounds) {
    }
}
