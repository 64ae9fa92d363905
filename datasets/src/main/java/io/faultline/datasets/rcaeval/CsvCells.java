package io.faultline.datasets.rcaeval;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Turns benchmark CSV cells into numbers the way pandas reads them: an empty cell or {@code nan} is
 * {@code NaN}, {@code inf} / {@code -inf} are infinities, and times are unix seconds, integral
 * ({@code 1652565600}) or with a fraction ({@code 1692784800.0}).
 */
public final class CsvCells {
    private CsvCells() {
    }

    /**
     * The cell as a double.
     *
     * @throws NumberFormatException when it is not a number
     */
    public static double value(String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return Double.NaN;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                char last = text.charAt(text.length() - 1);
                if (!Character.isDigit(last) && last != '.') {
                    // Java would accept "1d" or "1f"; pandas would not
                    throw new NumberFormatException("not a number");
                }
                return Double.parseDouble(text);
        }
    }

    /**
     * Unix seconds as unix milliseconds.
     *
     * @throws NumberFormatException when the cell is not a number or has more than millisecond precision
     */
    public static long unixSecondsToMillis(String cell) {
        BigDecimal seconds = new BigDecimal(cell.strip());
        try {
            return seconds.movePointRight(3).longValueExact();
        } catch (ArithmeticException e) {
            throw new NumberFormatException("not a whole number of milliseconds");
        }
    }
}
