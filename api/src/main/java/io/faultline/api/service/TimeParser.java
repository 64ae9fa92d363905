package io.faultline.api.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Times as the API accepts them: Unix milliseconds, or RFC 3339 ({@code 2024-05-01T12:00:00Z}). */
public final class TimeParser {
    private TimeParser() {
    }

    public static long parseMillis(String text) {
        String t = text.strip();
        if (t.matches("-?\\d{1,19}")) {
            return Long.parseLong(t);
        }
        try {
            return OffsetDateTime.parse(t).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(t).toEpochMilli();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("'" + text + "' is neither Unix milliseconds nor an RFC 3339 time");
            }
        }
    }
}
