package io.faultline.api.incident;

import io.faultline.ingest.InvalidInputException;
import io.faultline.rca.IncidentStatus;

/**
 * Which incidents a list returns: any of the fields may be null (no filter). An incident matches
 * {@code fromMs..toMs} when it was active at some time in it.
 *
 * @param confirmed true: only incidents with a confirmed root cause; false: only those without
 * @param limit     at most this many, 1..1000
 */
public record IncidentFilter(IncidentStatus status, String component, Long fromMs, Long toMs, Boolean confirmed, int limit) {
    public static final int MAX_LIMIT = 1000;

    public IncidentFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit must be in 1.." + MAX_LIMIT + ", was " + limit);
        }
        if (fromMs != null && toMs != null && toMs < fromMs) {
            throw new InvalidInputException("'to' (" + toMs + ") must not be before 'from' (" + fromMs + ")");
        }
    }

    public static IncidentFilter all() {
        return new IncidentFilter(null, null, null, null, null, 100);
    }
}
