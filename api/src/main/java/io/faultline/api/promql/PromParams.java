package io.faultline.api.promql;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The parameter forms of Prometheus' query API: times as Unix seconds (with a fraction) or RFC 3339,
 * durations as seconds (with a fraction) or a Prometheus duration ({@code 15s}, {@code 1m30s}), both to
 * millisecond precision. Errors name the parameter as Prometheus does ({@code invalid parameter "start"}).
 */
public final class PromParams {
    private PromParams() {
    }

    public static long timeMillis(String name, String text) {
        if (text != null) {
            String t = text.strip();
            try {
                return new BigDecimal(t).movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                try {
                    return OffsetDateTime.parse(t).toInstant().toEpochMilli();
                } catch (DateTimeParseException e2) {
                    // fall through to the error
                }
            }
        }
        throw new PromQlException("invalid parameter \"" + name + "\": cannot parse \"" + (text == null ? "" : text)
                + "\" to a valid timestamp");
    }

    public static long durationMillis(String name, String text) {
        if (text != null) {
            String t = text.strip();
            try {
                return new BigDecimal(t).movePointRight(3).setScale(0, RoundingMode.DOWN).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                long ms = PromDuration.parseMillis(t);
                if (ms >= 0) {
                    return ms;
                }
            }
        }
        throw new PromQlException("invalid parameter \"" + name + "\": cannot parse \"" + (text == null ? "" : text)
                + "\" to a valid duration");
    }
}
