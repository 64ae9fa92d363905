package io.faultline.api.http;

import io.faultline.api.service.OtlpIngestService;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.otlp.OtlpDecodeResult;
import io.faultline.ingest.otlp.OtlpResponses;
import io.javalin.http.Context;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/metrics}, the OTLP/HTTP metrics receiver, answering as the OTLP specification
 * (protocol/otlp.md, "OTLP/HTTP") requires: the request's encoding decides the response's
 * ({@code application/x-protobuf} or {@code application/json}); success is 200 with an
 * {@code ExportMetricsServiceResponse}, carrying {@code partial_success} when some points were
 * refused; errors carry a {@code google.rpc.Status} in the same encoding (hence errors are answered
 * here rather than by {@link ErrorMapper}, whose JSON body OTLP clients would not read): 400 for a
 * body that cannot be read, 413 past {@code server.maxBodyBytes} (compressed or inflated), 415 for
 * another content type or a content encoding other than gzip or identity.
 */
final class OtlpEndpoint {
    static final String PROTOBUF = "application/x-protobuf";
    static final String JSON = "application/json";
    private static final Logger LOG = LoggerFactory.getLogger(OtlpEndpoint.class);

    private final OtlpIngestService service;
    private final long maxBodyBytes;

    OtlpEndpoint(OtlpIngestService service, long maxBodyBytes) {
        this.service = service;
        this.maxBodyBytes = maxBodyBytes;
    }

    void handle(Context ctx) {
        String type = mediaType(ctx.contentType());
        boolean json = !PROTOBUF.equals(type); // errors about the content type itself are answered in JSON
        try {
            if (json && !JSON.equals(type)) {
                throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be " + PROTOBUF + " or " + JSON
                        + ", was " + (ctx.contentType() == null ? "missing" : "'" + ctx.contentType() + "'"));
            }
            byte[] body = Params.boundedBody(ctx, maxBodyBytes);
            String encoding = ctx.header("Content-Encoding");
            if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
                if (!encoding.trim().equalsIgnoreCase("gzip")) {
                    throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Encoding must be gzip or identity, was '"
                            + encoding + "'");
                }
                body = GzipBody.inflate(body, maxBodyBytes);
            }
            OtlpDecodeResult result = service.ingest(body, json);
            ctx.status(200).contentType(json ? JSON : PROTOBUF)
                    .result(OtlpResponses.exportResponse(result.rejectedPoints(), result.message(), json));
        } catch (ApiException e) {
            fail(ctx, e.code().status(), e.code() == ErrorCode.UNSUPPORTED_MEDIA_TYPE ? OtlpResponses.UNIMPLEMENTED
                    : OtlpResponses.INVALID_ARGUMENT, e.getMessage(), json);
        } catch (InvalidInputException e) {
            fail(ctx, ErrorCode.BAD_REQUEST.status(), OtlpResponses.INVALID_ARGUMENT, e.getMessage(), json);
        } catch (RuntimeException e) {
            LOG.error("POST /v1/metrics failed", e);
            fail(ctx, ErrorCode.INTERNAL.status(), OtlpResponses.INTERNAL, "internal error: " + e.getClass().getSimpleName(), json);
        }
    }

    private static void fail(Context ctx, int status, int rpcCode, String message, boolean json) {
        ctx.status(status).contentType(json ? JSON : PROTOBUF).result(OtlpResponses.status(rpcCode, message, json));
    }

    /** The media type without parameters, lower case ({@code application/json; charset=utf-8} -> {@code application/json}). */
    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
