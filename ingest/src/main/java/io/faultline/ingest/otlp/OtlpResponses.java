package io.faultline.ingest.otlp;

import io.faultline.ingest.format.protobuf.ProtoReader;
import io.faultline.ingest.format.protobuf.ProtoWriter;
import java.nio.charset.StandardCharsets;

/**
 * The bodies an OTLP/HTTP receiver answers with, in protobuf or in OTLP/JSON: an
 * {@code ExportMetricsServiceResponse} (with {@code partial_success} when points were refused) and,
 * for errors, a {@code google.rpc.Status}, as the OTLP specification requires for 4xx and 5xx.
 */
public final class OtlpResponses {
    /** {@code google.rpc.Code} values used in error bodies. */
    public static final int INVALID_ARGUMENT = 3;
    public static final int RESOURCE_EXHAUSTED = 8;
    public static final int UNIMPLEMENTED = 12;
    public static final int INTERNAL = 13;

    private OtlpResponses() {
    }

    /** {@code ExportMetricsServiceResponse}; empty (all accepted) when {@code rejectedPoints} is 0 and no message. */
    public static byte[] exportResponse(long rejectedPoints, String message, boolean json) {
        boolean partial = rejectedPoints > 0 || !message.isEmpty();
        if (json) {
            return (partial ? "{\"partialSuccess\":{\"rejectedDataPoints\":\"" + rejectedPoints + "\",\"errorMessage\":"
                    + AttributeValues.quoted(message) + "}}" : "{}").getBytes(StandardCharsets.UTF_8);
        }
        if (!partial) {
            return new byte[0];
        }
        ProtoWriter inner = new ProtoWriter(16 + message.length());
        if (rejectedPoints != 0) {
            inner.tag(1, ProtoReader.VARINT);
            inner.varint(rejectedPoints);
        }
        nonEmpty(inner, 2, message.getBytes(StandardCharsets.UTF_8));
        ProtoWriter outer = new ProtoWriter(inner.position() + 8);
        nonEmpty(outer, 1, inner.toByteArray());
        return outer.toByteArray();
    }

    /** {@code google.rpc.Status} with a code and message (no details). */
    public static byte[] status(int code, String message, boolean json) {
        if (json) {
            return ("{\"code\":" + code + ",\"message\":" + AttributeValues.quoted(message) + "}")
                    .getBytes(StandardCharsets.UTF_8);
        }
        ProtoWriter out = new ProtoWriter(16 + message.length());
        out.tag(1, ProtoReader.VARINT);
        out.varint(code);
        nonEmpty(out, 2, message.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A length-delimited field, left out when empty as proto3 leaves out default values. */
    private static void nonEmpty(ProtoWriter out, int field, byte[] bytes) {
        if (bytes.length > 0) {
            out.bytesField(field, bytes);
        }
    }
}
