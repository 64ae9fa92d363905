package io.faultline.api.promql;

import io.faultline.ingest.SeriesKey;
import io.faultline.models.ScoredPoint;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The series Faultline derives from every raw series by scoring it: named {@code faultline_anomaly_score},
 * {@code faultline_expected}, {@code faultline_lower} and {@code faultline_upper}, with the raw series'
 * labels plus {@value #SOURCE_LABEL} naming its metric (so that the scores of two metrics of one service
 * stay two series).
 */
public enum DerivedSeries {
    ANOMALY_SCORE("faultline_anomaly_score", ScoredPoint::score),
    EXPECTED("faultline_expected", ScoredPoint::expected),
    LOWER("faultline_lower", ScoredPoint::lower),
    UPPER("faultline_upper", ScoredPoint::upper);

    /** The label that names the raw series' metric on a derived series. */
    public static final String SOURCE_LABEL = "faultline_metric";

    private final String metric;
    private final ToDoubleFunction<ScoredPoint> value;

    DerivedSeries(String metric, ToDoubleFunction<ScoredPoint> value) {
        this.metric = metric;
        this.value = value;
    }

    public String metric() {
        return metric;
    }

    /** This kind's value of a scored point; NaN while the scorer warms up (no expectation yet). */
    public double of(ScoredPoint point) {
        return value.applyAsDouble(point);
    }

    /** The kind named {@code metric}, or null when it is not a derived metric name. */
    public static DerivedSeries byMetric(String metric) {
        for (DerivedSeries d : values()) {
            if (d.metric.equals(metric)) {
                return d;
            }
        }
        return null;
    }

    public SeriesKey derive(SeriesKey raw) {
        TreeMap<String, String> labels = new TreeMap<>(raw.labels());
        labels.put(SOURCE_LABEL, raw.metric());
        return new SeriesKey(metric, labels);
    }

    /** The raw series a derived key was made from by {@link #derive}. */
    public static SeriesKey rawOf(SeriesKey derived) {
        TreeMap<String, String> labels = new TreeMap<>(derived.labels());
        String metric = labels.remove(SOURCE_LABEL);
        if (metric == null) {
            throw new IllegalArgumentException(derived + " has no " + SOURCE_LABEL + " label");
        }
        return new SeriesKey(metric, labels);
    }
}
