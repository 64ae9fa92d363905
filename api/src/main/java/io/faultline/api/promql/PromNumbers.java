package io.faultline.api.promql;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers written the way Prometheus writes them in its JSON answers: sample values as Go's
 * {@code strconv.FormatFloat(v, 'f', -1, 64)} (the shortest decimal that reads back as the same double,
 * never an exponent; {@code NaN}, {@code +Inf}, {@code -Inf}), timestamps as seconds with the
 * milliseconds after a dot, three digits, omitted when zero ({@code 1700000000.500}).
 */
public final class PromNumbers {
    private static final double EXACT_LONG_LIMIT = 1e15;

    private PromNumbers() {
    }

    public static String value(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0";
        }
        if (v == Math.rint(v) && Math.abs(v) < EXACT_LONG_LIMIT) {
            return Long.toString((long) v);
        }
        // Java 17's Double.toString is not always the shortest form (JDK-4511638), so search for it:
        // the closest decimal with p digits, for the smallest p that reads back as v.
        BigDecimal exact = new BigDecimal(v);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == v) {
                return rounded.stripTrailingZeros().toPlainString();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
    }

    public static String timestamp(long ms) {
        StringBuilder sb = new StringBuilder();
        long t = ms;
        if (t < 0) {
            sb.append('-');
            t = -t;
        }
        sb.append(t / 1000);
        long fraction = t % 1000;
        if (fraction != 0) {
            sb.append('.');
            if (fraction < 100) {
                sb.append('0');
            }
            if (fraction < 10) {
                sb.append('0');
            }
            sb.append(fraction);
        }
        return sb.toString();
    }
}
