package io.faultline.api.http;

import io.faultline.rca.RecoveryKind;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Body of {@code POST /api/v1/incidents/{id}/recover}, optional as a whole: {@code kind} picks one
 * of the incident's suggested recoveries (default: the first that has an executor), {@code dryRun}
 * true asks for a dry run even when the server is configured to act.
 */
record RecoverRequestBody(String kind, Boolean dryRun) {
    static final RecoverRequestBody NONE = new RecoverRequestBody(null, null);

    /** The body of the request, or {@link #NONE} when it has none. */
    static RecoverRequestBody read(Context ctx, long maxBodyBytes) {
        if (ctx.contentLength() == 0 || (ctx.contentLength() < 0 && ctx.contentType() == null)) {
            return NONE;
        }
        return Params.jsonBody(ctx, RecoverRequestBody.class, maxBodyBytes);
    }

    RecoveryKind recoveryKind() {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return RecoveryKind.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "kind must be one of " + Arrays.stream(RecoveryKind.values())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ", was '" + kind + "'");
        }
    }

    boolean dryRunRequested() {
        return Boolean.TRUE.equals(dryRun);
    }

    /** The {@code limit} query parameter of the audit listing: 1..1000, default 100. */
    static int limit(Context ctx) {
        String value = Params.optional(ctx, "limit");
        try {
            int limit = value == null ? 100 : Integer.parseInt(value);
            if (limit >= 1 && limit <= 1000) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiException(ErrorCode.BAD_REQUEST, "query parameter 'limit' must be an integer in 1..1000, was '" + value + "'");
    }
}
