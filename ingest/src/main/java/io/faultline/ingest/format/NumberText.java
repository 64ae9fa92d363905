package io.faultline.ingest.format;

import java.util.regex.Pattern;

/**
 * Strict decimal numbers as text: what JSON allows for a number, plus a leading '+' and a missing
 * integer part ({@code .5}). {@link Double#parseDouble} alone would also take {@code 1d}, {@code 0x1p3}
 * and padding, which no monitoring pipeline means as a number.
 */
final class NumberText {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private NumberText() {
    }

    /** The value of the text, or NaN when it is not a decimal number. */
    static double parseOrNaN(String text) {
        if (text.isEmpty() || text.length() > 64 || !DECIMAL.matcher(text).matches()) {
            return Double.NaN;
        }
        return Double.parseDouble(text);
    }

    /** True when the text has only digits (and at most 18 of them, so it fits a long). */
    static boolean isPlainInteger(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
