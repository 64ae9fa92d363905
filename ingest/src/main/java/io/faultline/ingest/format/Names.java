package io.faultline.ingest.format;

import java.util.regex.Pattern;

/** Prometheus' rules for metric and label names, as the decoders check them before building keys. */
final class Names {
    static final String METRIC_RULE = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    static final String LABEL_RULE = "[a-zA-Z_][a-zA-Z0-9_]*";
    private static final Pattern METRIC = Pattern.compile(METRIC_RULE);
    private static final Pattern LABEL = Pattern.compile(LABEL_RULE);

    private Names() {
    }

    static boolean isMetricName(String name) {
        return METRIC.matcher(name).matches();
    }

    static boolean isLabelName(String name) {
        return LABEL.matcher(name).matches();
    }
}
