package io.faultline.ingest.otlp;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.StaleMarker;
import io.faultline.ingest.otlp.MetricsRequest.Attribute;
import io.faultline.ingest.otlp.MetricsRequest.ExponentialPoint;
import io.faultline.ingest.otlp.MetricsRequest.HistogramPoint;
import io.faultline.ingest.otlp.MetricsRequest.Metric;
import io.faultline.ingest.otlp.MetricsRequest.NumberPoint;
import io.faultline.ingest.otlp.MetricsRequest.PointHeader;
import io.faultline.ingest.otlp.MetricsRequest.Resource;
import io.faultline.ingest.otlp.MetricsRequest.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * One mapping of a {@link MetricsRequest} to samples, by the rules of {@link OtlpMetricsDecoder}.
 * A data point that cannot be mapped is rejected alone, with its path; limits on the whole request
 * fail it whole. Not reusable.
 */
final class OtlpMapper {
    /** The quantiles derived from each histogram interval, and the suffix of their series. */
    static final double[] QUANTILES = {0.5, 0.9, 0.99};
    static final String[] QUANTILE_SUFFIXES = {"_p50", "_p90", "_p99"};
    private static final int MESSAGES_KEPT = 5;

    private final IngestLimits limits;
    private final HistogramIntervals<BucketCounts> intervals;
    private final HistogramIntervals<ExponentialBuckets> exponentialIntervals;
    private final SeriesCollector collector;
    private final List<String> problems = new ArrayList<>();
    private long rejected;
    private long accepted;

    OtlpMapper(IngestLimits limits, HistogramIntervals<BucketCounts> intervals,
               HistogramIntervals<ExponentialBuckets> exponentialIntervals) {
        this.limits = limits;
        this.intervals = intervals;
        this.exponentialIntervals = exponentialIntervals;
        this.collector = new SeriesCollector(limits);
    }

    OtlpDecodeResult map(MetricsRequest request) {
        for (Resource resource : request.resources()) {
            TreeMap<String, String> labels = labels(resource.attributes());
            for (Metric metric : resource.metrics()) {
                metric(labels, metric);
            }
        }
        SeriesCollector.Built built = collector.build();
        for (String conflict : built.conflicts()) {
            reject(1, conflict);
        }
        accepted -= built.conflicts().size();
        String message = problems.isEmpty() ? "" : rejected + " data point" + (rejected == 1 ? "" : "s") + " rejected: "
                + String.join("; ", problems) + (rejected > problems.size() ? "; ..." : "");
        return new OtlpDecodeResult(built.batch(), accepted, rejected, message);
    }

    private void metric(TreeMap<String, String> resourceLabels, Metric metric) {
        String where = metric.path() + "." + metric.type().field;
        switch (metric.type()) {
            case NONE -> {
                return;
            }
            case SUMMARY -> {
                reject(metric.pointCount(), where + " (" + metric.name() + "): summaries are not supported;"
                        + " export histograms");
                return;
            }
            default -> {
            }
        }
        if (metric.type() != Type.GAUGE && metric.temporality() != MetricsRequest.TEMPORALITY_DELTA
                && metric.temporality() != MetricsRequest.TEMPORALITY_CUMULATIVE) {
            reject(metric.pointCount(), where + ".aggregationTemporality: " + metric.temporality()
                    + " is not DELTA (1) or CUMULATIVE (2)");
            return;
        }
        boolean counter = metric.type() == Type.SUM && metric.monotonic()
                && metric.temporality() == MetricsRequest.TEMPORALITY_CUMULATIVE;
        String name = PrometheusNames.metricName(metric.name(), metric.unit(), counter, metric.type() == Type.GAUGE);
        if (name.isEmpty()) {
            reject(metric.pointCount(), metric.path() + ".name: \"" + metric.name() + "\" has no letter or digit");
            return;
        }
        for (int i = 0; i < metric.numbers().size(); i++) {
            number(resourceLabels, name, metric, i);
        }
        for (int i = 0; i < metric.histograms().size(); i++) {
            HistogramPoint point = metric.histograms().get(i);
            histogram(resourceLabels, name, metric, metric.pointPath(i), point.header(),
                    new BucketCounts(point.bounds(), point.bucketCounts()), intervals);
        }
        for (int i = 0; i < metric.exponentials().size(); i++) {
            ExponentialPoint point = metric.exponentials().get(i);
            histogram(resourceLabels, name, metric, metric.pointPath(i), point.header(), point.buckets(),
                    exponentialIntervals);
        }
    }

    private void number(TreeMap<String, String> resourceLabels, String name, Metric metric, int index) {
        NumberPoint point = metric.numbers().get(index);
        String at = metric.pointPath(index);
        long ms = timeMs(point.header().timeNs(), at);
        if (ms == Long.MIN_VALUE) {
            return;
        }
        double value;
        if (point.header().noRecordedValue()) {
            value = StaleMarker.VALUE;
        } else if (!point.hasValue()) {
            reject(1, at + ": has neither asDouble nor asInt");
            return;
        } else if (!Double.isFinite(point.value())) {
            reject(1, at + ": value " + point.value() + " is not a finite number");
            return;
        } else {
            value = point.value();
        }
        SeriesKey key = key(name, resourceLabels, point.header().attributes(), at);
        if (key != null) {
            accepted++;
            collector.add(key, ms, value, at);
        }
    }

    /**
     * One histogram point, explicit or exponential: a staleness marker forgets the series' last point;
     * valid buckets give the quantiles of the interval they end (the point itself for delta temporality).
     */
    private <T extends HistogramBuckets> void histogram(TreeMap<String, String> resourceLabels, String name, Metric metric,
                                                        String at, PointHeader point, T buckets,
                                                        HistogramIntervals<T> seriesIntervals) {
        long ms = timeMs(point.timeNs(), at);
        if (ms == Long.MIN_VALUE) {
            return;
        }
        SeriesKey base = key(name, resourceLabels, point.attributes(), at);
        if (base == null) {
            return;
        }
        if (point.noRecordedValue()) {
            seriesIntervals.forget(base);
            stale(name, base, ms, at);
            return;
        }
        String problem = buckets.problem();
        if (problem != null) {
            reject(1, at + ": " + problem);
            return;
        }
        accepted++;
        T interval = metric.temporality() == MetricsRequest.TEMPORALITY_DELTA ? buckets
                : seriesIntervals.interval(base, point.startNs(), point.timeNs(), buckets);
        quantiles(name, base, ms, interval == null ? null : interval.explicit(), at);
    }

    private void stale(String name, SeriesKey base, long ms, String at) {
        accepted++;
        for (String suffix : QUANTILE_SUFFIXES) {
            collector.add(new SeriesKey(name + suffix, base.labels()), ms, StaleMarker.VALUE, at);
        }
    }

    /** The quantile samples of one interval; none without an interval or without observations in it. */
    private void quantiles(String name, SeriesKey base, long ms, BucketCounts interval, String at) {
        if (interval == null) {
            return;
        }
        for (int q = 0; q < QUANTILES.length; q++) {
            double value = interval.quantile(QUANTILES[q]);
            if (Double.isFinite(value)) {
                collector.add(new SeriesKey(name + QUANTILE_SUFFIXES[q], base.labels()), ms, value, at);
            }
        }
    }

    /** The point's time in ms, or Long.MIN_VALUE when the point was rejected for it. */
    private long timeMs(long timeNs, String at) {
        if (timeNs == 0) {
            reject(1, at + ".timeUnixNano: missing");
            return Long.MIN_VALUE;
        }
        long ms = Long.divideUnsigned(timeNs, 1_000_000);
        if (ms < limits.minTimestampMs() || ms > limits.maxTimestampMs()) {
            reject(1, at + ".timeUnixNano: " + Long.toUnsignedString(timeNs) + " ns is out of range ["
                    + limits.minTimestampMs() + ", " + limits.maxTimestampMs() + "] ms");
            return Long.MIN_VALUE;
        }
        return ms;
    }

    /** The series of a point, or null (the point rejected) when its labels break a limit. */
    private SeriesKey key(String name, TreeMap<String, String> resourceLabels, List<Attribute> attributes, String at) {
        TreeMap<String, String> labels = new TreeMap<>(resourceLabels);
        labels.putAll(labels(attributes));
        try {
            SeriesKey key = new SeriesKey(name, labels);
            limits.check(key);
            return key;
        } catch (InvalidInputException | IllegalArgumentException e) {
            reject(1, at + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * Attributes as labels: names made Prometheus-safe, {@code service.name} as {@code service}; two
     * keys that become the same name have their values joined with {@code ;} in key order, as
     * Prometheus' translator does. Keys that are empty are dropped.
     */
    static TreeMap<String, String> labels(List<Attribute> attributes) {
        TreeMap<String, String> labels = new TreeMap<>();
        if (attributes.isEmpty()) {
            return labels;
        }
        List<Attribute> sorted = new ArrayList<>(attributes);
        sorted.sort(Comparator.comparing(Attribute::key));
        for (Attribute a : sorted) {
            String label = a.key().equals("service.name") ? "service" : PrometheusNames.labelName(a.key());
            if (!label.isEmpty()) {
                labels.merge(label, a.value(), (x, y) -> x + ";" + y);
            }
        }
        return labels;
    }

    private void reject(long points, String problem) {
        if (points <= 0) {
            return;
        }
        rejected += points;
        if (problems.size() < MESSAGES_KEPT) {
            problems.add(problem);
        }
    }
}
