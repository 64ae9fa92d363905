package io.faultline.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.faultline.api.service.TimeParser;
import io.faultline.rca.IncidentStatus;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reading request parameters and bodies, with 4xx answers that name what is wrong. */
final class Params {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Params() {
    }

    static String optional(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value;
    }

    static long time(Context ctx, String name, long fallback) {
        String value = optional(ctx, name);
        if (value == null) {
            return fallback;
        }
        try {
            return TimeParser.parseMillis(value);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "query parameter '" + name + "': " + e.getMessage());
        }
    }

    static IncidentStatus status(Context ctx) {
        String value = optional(ctx, "status");
        if (value == null) {
            return null;
        }
        try {
            return IncidentStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "query parameter 'status' must be one of "
                    + Arrays.stream(IncidentStatus.values()).map(s -> s.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")) + ", was '" + value + "'");
        }
    }

    static void requireJson(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must be application/json, was " + (type == null ? "missing" : "'" + type + "'"));
        }
    }

    /**
     * The whole body, refused with 413 once it passes {@code limit} bytes. Before the 413 goes out, up to
     * {@link #DRAIN_BYTES} more of the body are read and discarded: a client still uploading would otherwise
     * have its connection reset before it reads the answer, and see a transport error instead of the 413.
     */
    static byte[] boundedBody(Context ctx, long limit) {
        long declared = ctx.contentLength();
        try (InputStream in = ctx.bodyInputStream()) {
            if (declared > limit) {
                drain(in);
                throw tooLarge(declared, limit);
            }
            if (declared > 0 && declared <= Integer.MAX_VALUE - 8) {
                // Content-Length framing: the stream ends at the declared length, so read straight into an
                // array of that size (no copy buffer, no second copy; remote_write sends every body this way)
                return in.readNBytes((int) declared);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > limit) {
                    drain(in);
                    throw tooLarge(total, limit);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the request body failed", e);
        }
    }

    /** Past this many discarded bytes the connection is simply closed under the client. */
    static final long DRAIN_BYTES = 16L * 1024 * 1024;

    private static void drain(InputStream in) {
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        try {
            for (int n; drained < DRAIN_BYTES && (n = in.read(buffer)) > 0; ) {
                drained += n;
            }
        } catch (IOException clientGone) {
            // nobody left to read the 413: nothing to do
        }
    }

    static <T> T jsonBody(Context ctx, Class<T> type, long limit) {
        requireJson(ctx);
        byte[] body = boundedBody(ctx, limit);
        try {
            return JSON.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "unknown field '" + e.getPropertyName() + "'; known: "
                    + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            String where = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            throw new ApiException(ErrorCode.BAD_REQUEST, (where.isEmpty() ? "" : where + ": ")
                    + (cause == e ? e.getOriginalMessage() : cause.getMessage()));
        } catch (JsonProcessingException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException tooLarge(long size, long limit) {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE,
                "request body is larger than the limit of " + limit + " bytes (server.maxBodyBytes)"
                        + (size > limit ? ": at least " + size + " bytes" : ""));
    }
}
