package io.faultline.ingest.format.remotewrite;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.format.Excerpt;
import io.faultline.ingest.format.Names;
import java.util.TreeMap;

/**
 * The labels of one TimeSeries as they are read, then checked by Prometheus' rules and the ingest limits
 * and turned into a {@link SeriesKey}: {@code __name__} required and a valid metric name, label names
 * valid and unique, counts and lengths within the limits. Reused from series to series of one request.
 */
final class LabelSet {
    static final String METRIC_LABEL = "__name__";

    private final IngestLimits limits;
    private String[] names = new String[16];
    private String[] values = new String[16];
    private int size;

    LabelSet(IngestLimits limits) {
        this.limits = limits;
    }

    void clear() {
        size = 0;
    }

    /** Adds one label of the {@code series}-th TimeSeries; {@code at} is the label's byte offset. */
    void add(String name, String value, int series, int at) {
        // __name__ is not counted by IngestLimits, so one more label than the limit may arrive.
        if (size > limits.maxLabelsPerSeries()) {
            throw new InvalidInputException(where(series) + ": more than " + limits.maxLabelsPerSeries()
                    + " labels besides __name__ (limit ingest.maxLabelsPerSeries), at byte " + at);
        }
        if (name.length() > limits.maxLabelNameLength()) {
            throw new InvalidInputException(where(series) + ": label name '" + Excerpt.of(name) + "' is " + name.length()
                    + " characters, limit is " + limits.maxLabelNameLength() + ", at byte " + at);
        }
        if (value.length() > limits.maxLabelValueLength()) {
            throw new InvalidInputException(where(series) + ": label '" + Excerpt.of(name) + "' has a value of " + value.length()
                    + " characters, limit is " + limits.maxLabelValueLength() + ", at byte " + at);
        }
        if (size == names.length) {
            names = java.util.Arrays.copyOf(names, size * 2);
            values = java.util.Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
    }

    /** The series key; {@code at} is the byte offset of the TimeSeries message. */
    SeriesKey toKey(int series, int at) {
        String metric = null;
        TreeMap<String, String> labels = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            String name = names[i];
            if (METRIC_LABEL.equals(name)) {
                if (metric != null) {
                    throw new InvalidInputException(where(series) + ": duplicate label name __name__, at byte " + at);
                }
                metric = values[i];
                continue;
            }
            if (!Names.isLabelName(name)) {
                throw new InvalidInputException(where(series) + ": label name '" + Excerpt.of(name)
                        + "' must match " + Names.LABEL_RULE + ", at byte " + at);
            }
            if (labels.put(name, values[i]) != null) {
                throw new InvalidInputException(where(series) + ": duplicate label name '" + name + "', at byte " + at);
            }
        }
        if (metric == null || metric.isEmpty()) {
            throw new InvalidInputException(where(series) + ": no __name__ label (the metric name is required), at byte " + at);
        }
        if (!Names.isMetricName(metric)) {
            throw new InvalidInputException(where(series) + ": metric name '" + Excerpt.of(metric)
                    + "' must match " + Names.METRIC_RULE + ", at byte " + at);
        }
        return new SeriesKey(metric, labels);
    }

    private static String where(int series) {
        return "timeseries[" + series + "]";
    }
}
