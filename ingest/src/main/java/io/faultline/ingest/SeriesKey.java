package io.faultline.ingest;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The identity of one time series: a metric name and its labels, sorted by name.
 * Names follow Prometheus' rules, so every key can be written in its text form
 * {@code metric{a="1",b="2"}} and read back.
 */
public record SeriesKey(String metric, SortedMap<String, String> labels) implements Comparable<SeriesKey> {
    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    public SeriesKey {
        if (metric == null || !METRIC_NAME.matcher(metric).matches()) {
            throw new IllegalArgumentException("metric name must match [a-zA-Z_:][a-zA-Z0-9_:]*, was '" + metric + "'");
        }
        metric = LabelStrings.share(metric);
        if (!(labels instanceof FrozenLabels)) { // a FrozenLabels was checked when it was made
            labels = freeze(labels);
        }
    }

    private static FrozenLabels freeze(Map<String, String> labels) {
        if (labels == null || labels.isEmpty()) {
            return FrozenLabels.EMPTY;
        }
        String[] pairs = new String[2 * labels.size()];
        int n = 0;
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (e.getKey() == null || !LABEL_NAME.matcher(e.getKey()).matches()) {
                throw new IllegalArgumentException("label name must match [a-zA-Z_][a-zA-Z0-9_]*, was '" + e.getKey() + "'");
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException("label '" + e.getKey() + "' has no value");
            }
            if (!e.getValue().isEmpty()) { // an empty value means the label is absent, as in Prometheus
                pairs[n++] = e.getKey();
                pairs[n++] = e.getValue();
            }
        }
        return FrozenLabels.of(pairs, n, FrozenLabels.naturallySorted(labels));
    }

    /** {@code SeriesKey.of("cpu", "service", "cart", "instance", "a")}: label names and values alternate. */
    public static SeriesKey of(String metric, String... labelNamesAndValues) {
        if (labelNamesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in name/value pairs, got " + labelNamesAndValues.length + " strings");
        }
        TreeMap<String, String> labels = new TreeMap<>();
        for (int i = 0; i < labelNamesAndValues.length; i += 2) {
            labels.put(labelNamesAndValues[i], labelNamesAndValues[i + 1]);
        }
        return new SeriesKey(metric, labels);
    }

    /**
     * Series keys are hashed several times per sample batch (series index, scoring state, duplicate check),
     * so the labels' hash is cached (see {@link FrozenLabels}) and the metric's is String's own cache.
     * Labels are held as one flat sorted array and the strings shared between keys, see {@link FrozenLabels}.
     */
    @Override
    public int hashCode() {
        return 31 * metric.hashCode() + labels.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SeriesKey k && metric.equals(k.metric) && labels.equals(k.labels);
    }

    /** The value of a label, or null when the series does not have it. */
    public String label(String name) {
        return labels.get(name);
    }

    @Override
    public int compareTo(SeriesKey other) {
        return toString().compareTo(other.toString());
    }

    /** Prometheus text form: {@code metric{a="1",b="2"}}, quotes, backslashes and newlines escaped. */
    @Override
    public String toString() {
        if (labels.isEmpty()) {
            return metric;
        }
        StringBuilder sb = new StringBuilder(metric).append('{');
        boolean first = true;
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append(e.getKey()).append("=\"");
            for (char c : e.getValue().toCharArray()) {
                switch (c) {
                    case '\\' -> sb.append("\\\\");
                    case '"' -> sb.append("\\\"");
                    case '\n' -> sb.append("\\n");
                    default -> sb.append(c);
                }
            }
            sb.append('"');
        }
        return sb.append('}').toString();
    }
}
