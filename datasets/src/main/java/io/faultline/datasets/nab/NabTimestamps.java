package io.faultline.datasets.nab;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * NAB's timestamp text, read as UTC: {@code yyyy-MM-dd HH:mm:ss} in data and results files, with an
 * optional fraction of up to nine digits ({@code 2014-02-19 10:50:00.000000} in the labels).
 * Parsing is by hand because the corpus has 365k rows and the message must say what is wrong.
 */
public final class NabTimestamps {
    private static final int BASE_LENGTH = 19;

    private NabTimestamps() {
    }

    /**
     * Epoch milliseconds of a NAB timestamp.
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static long parse(String text) {
        if (text.length() < BASE_LENGTH || !shapeMatches(text)) {
            throw bad(text);
        }
        int nanos = fractionNanos(text);
        try {
            LocalDateTime t = LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10),
                    digits(text, 11, 13), digits(text, 14, 16), digits(text, 17, 19), nanos);
            return t.toEpochSecond(ZoneOffset.UTC) * 1000 + nanos / 1_000_000;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timestamp '" + text + "' is not a valid date and time: " + e.getMessage(), e);
        }
    }

    /** {@code yyyy-MM-dd HH:mm:ss}, with {@code .SSS} only when the milliseconds are not zero. */
    public static String format(long epochMs) {
        long seconds = Math.floorDiv(epochMs, 1000);
        int millis = (int) Math.floorMod(epochMs, 1000);
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(23);
        pad(b, t.getYear(), 4).append('-');
        pad(b, t.getMonthValue(), 2).append('-');
        pad(b, t.getDayOfMonth(), 2).append(' ');
        pad(b, t.getHour(), 2).append(':');
        pad(b, t.getMinute(), 2).append(':');
        pad(b, t.getSecond(), 2);
        if (millis != 0) {
            pad(b.append('.'), millis, 3);
        }
        return b.toString();
    }

    private static boolean shapeMatches(String s) {
        for (int i = 0; i < BASE_LENGTH; i++) {
            char c = s.charAt(i);
            boolean ok = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == ' ';
                case 13, 16 -> c == ':';
                default -> c >= '0' && c <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int fractionNanos(String s) {
        if (s.length() == BASE_LENGTH) {
            return 0;
        }
        int digits = s.length() - BASE_LENGTH - 1;
        if (s.charAt(BASE_LENGTH) != '.' || digits < 1 || digits > 9) {
            throw bad(s);
        }
        int value = 0;
        for (int i = BASE_LENGTH + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw bad(s);
            }
            value = value * 10 + (c - '0');
        }
        for (int i = digits; i < 9; i++) {
            value *= 10;
        }
        if (value % 1_000_000 != 0) {
            // A window end that lost its sub-millisecond part could miss the row it names.
            throw new IllegalArgumentException("timestamp '" + s + "' is finer than a millisecond, which is not supported");
        }
        return value;
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static StringBuilder pad(StringBuilder b, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(s);
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("timestamp '" + text + "' is not of the form yyyy-MM-dd HH:mm:ss[.ffffff]");
    }
}
