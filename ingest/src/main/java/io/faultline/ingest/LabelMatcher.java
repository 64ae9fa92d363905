package io.faultline.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
            Patterns.compiled(value); // fail early on a bad expression, and compile it once for matches()
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
            case RE -> Patterns.compiled(value).matcher(actual).matches();
            case NRE -> !Patterns.compiled(value).matcher(actual).matches();
        };
    }

    /**
     * The compiled expressions, by their text: a record cannot hold a derived field, and a matcher is
     * tested against every series of a selection, so compiling per call would dominate. Bounded, since
     * the query API takes expressions from anyone: past {@link #MAX} it starts afresh (the expressions in
     * use are compiled again on their next call). {@code matches()} is a full match, i.e. anchored.
     */
    static final class Patterns {
        static final int MAX = 1024;
        private static final Map<String, Pattern> BY_TEXT = new ConcurrentHashMap<>();

        private Patterns() {
        }

        static Pattern compiled(String regex) {
            Pattern pattern = BY_TEXT.get(regex);
            if (pattern == null) {
                pattern = Pattern.compile(regex);
                if (BY_TEXT.size() >= MAX) {
                    BY_TEXT.clear();
                }
                BY_TEXT.put(regex, pattern);
            }
            return pattern;
        }

        static int size() {
            return BY_TEXT.size();
        }
    }
}
