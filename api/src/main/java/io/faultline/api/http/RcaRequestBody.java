package io.faultline.api.http;

import io.faultline.api.service.RcaService.RcaQuery;
import io.faultline.api.service.TimeParser;
import io.faultline.ingest.InvalidInputException;
import java.util.List;
import java.util.OptionalLong;

/**
 * Body of {@code POST /api/v1/rca}: the window {@code from..to} (Unix ms or RFC 3339), optionally
 * the onset when it is known (else the earliest anomaly seen in the window) and the components
 * to consider (else all).
 */
public record RcaRequestBody(String from, String to, String onset, List<String> components) {

    RcaQuery toQuery() {
        return new RcaQuery(time("from", from), time("to", to),
                onset == null ? OptionalLong.empty() : OptionalLong.of(time("onset", onset)), components);
    }

    private static long time(String field, String value) {
        if (value == null) {
            throw new InvalidInputException("field '" + field + "' is required");
        }
        try {
            return TimeParser.parseMillis(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("field '" + field + "': " + e.getMessage());
        }
    }
}
