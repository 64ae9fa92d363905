package io.faultline.training.fit;

import io.faultline.ingest.LabelMatcher;

/** A label matcher in Prometheus selector syntax, e.g. {@code service=~"cart|checkout"}. */
final class MatcherText {
    private MatcherText() {
    }

    static String of(LabelMatcher matcher) {
        String op = switch (matcher.op()) {
            case EQ -> "=";
            case NEQ -> "!=";
            case RE -> "=~";
            case NRE -> "!~";
        };
        String value = matcher.value().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return matcher.name() + op + "\"" + value + "\"";
    }
}
