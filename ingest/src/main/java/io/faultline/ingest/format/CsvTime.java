package io.faultline.ingest.format;

import io.faultline.ingest.InvalidInputException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The time column of the CSV formats: unix seconds (fractions allowed), unix milliseconds (any value
 * of at least 1e11, i.e. after March 1973 in milliseconds and after year 5138 in seconds), or ISO-8601
 * with a zone ({@code 2024-01-01T00:00:00Z}, {@code +02:00}) or without one, read as UTC; a space may
 * stand for the {@code T}.
 */
final class CsvTime {
    static final double MILLIS_THRESHOLD = 1e11;

    private CsvTime() {
    }

    /** Milliseconds since the epoch; the exception names the text but not where it was found. */
    static long parseMillis(String text) {
        if (!text.isEmpty() && (Character.isDigit(text.charAt(0)) || text.charAt(0) == '.')
                && text.indexOf('-') < 0 && text.indexOf(':') < 0) {
            double number = NumberText.parseOrNaN(text);
            if (Double.isFinite(number)) {
                if (number >= MILLIS_THRESHOLD) {
                    return NumberText.isPlainInteger(text) ? Long.parseLong(text) : Math.round(number);
                }
                return Math.round(number * 1000.0);
            }
        }
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        try {
            return OffsetDateTime.parse(iso).toInstant().toEpochMilli();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("time \"" + Excerpt.of(text)
                        + "\" is not unix seconds, unix milliseconds or ISO-8601 (2024-01-01T00:00:00Z)");
            }
        }
    }
}
