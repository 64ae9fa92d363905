package io.faultline.ingest;

import java.util.regex.Pattern;

/**
 * A Prometheus label matcher: {@code name op value} with {@code =}, {@code !=}, {@code =~}, {@code !~}.
 * Regular expressions are anchored, as in Prometheus. The metric name is matched as label {@code __name__}.
 */
public record LabelMatcher(String name, Op op, String value) {
    public static final String METRIC_NAME = "__name__";

    public enum Op { EQ, NEQ, RE, NRE }

    public LabelMatcher {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("label matcher needs a label name");
        }
        if (op == null || value == null) {
            throw new IllegalArgumentException("label matcher for '" + name + "' needs an operator and a value");
        }
        if (op == Op.RE || op == Op.NRE) {
            Pattern.compile(value); // fail early on a bad expression
        }
    }

    public static LabelMatcher eq(String name, String value) {
        return new LabelMatcher(name, Op.EQ, value);
    }

    public boolean matches(SeriesKey key) {
        String actual = METRIC_NAME.equals(name) ? key.metric() : key.labels().getOrDefault(name, "");
        return switch (op) {
            case EQ -> actual.equals(value);
            case NEQ -> !actual.equals(value);
            case RE -> Pattern.matches(value, actual);
            case NRE -> !Pattern.matches(value, actual);
        };
    }
}
