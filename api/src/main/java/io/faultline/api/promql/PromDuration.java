package io.faultline.api.promql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prometheus durations: {@code 1y2w3d4h5m6s7ms} (units in this order, each at most once; a year is 365
 * days, a week 7 days), as in range selectors and the {@code step} parameter.
 */
public final class PromDuration {
    private static final Pattern FORM = Pattern.compile(
            "(?:(\\d+)y)?(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?(?:(\\d+)ms)?");
    private static final long[] UNIT_MS = {365L * 86_400_000, 7L * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1};

    private PromDuration() {
    }

    /** The duration in milliseconds, or -1 when {@code text} is not a duration. */
    public static long parseMillis(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return -1;
        }
        long total = 0;
        for (int i = 0; i < UNIT_MS.length; i++) {
            String part = m.group(i + 1);
            if (part != null) {
                try {
                    total = Math.addExact(total, Math.multiplyExact(Long.parseLong(part), UNIT_MS[i]));
                } catch (ArithmeticException | NumberFormatException e) {
                    return -1;
                }
            }
        }
        return total;
    }
}
