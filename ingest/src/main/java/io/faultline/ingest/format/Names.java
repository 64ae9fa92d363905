package io.faultline.ingest.format;

/**
 * Prometheus' rules for metric and label names, as every decoder of this module (JSON, CSV, remote_write)
 * checks them before building keys. Checked character by character rather than with a regex: remote_write
 * checks every new series of every request.
 */
public final class Names {
    public static final String METRIC_RULE = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    public static final String LABEL_RULE = "[a-zA-Z_][a-zA-Z0-9_]*";

    private Names() {
    }

    /** True when {@code name} matches {@link #METRIC_RULE}. */
    public static boolean isMetricName(String name) {
        return matches(name, true);
    }

    /** True when {@code name} matches {@link #LABEL_RULE}. */
    public static boolean isLabelName(String name) {
        return matches(name, false);
    }

    private static boolean matches(String s, boolean colons) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || colons && c == ':'
                    || i > 0 && c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
