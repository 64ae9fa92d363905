package io.faultline.ingest.otlp;

import java.io.ByteArrayOutputStream;
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
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        if (rejectedPoints != 0) {
            tag(inner, 1, 0);
            varint(inner, rejectedPoints);
        }
        bytesField(inner, 2, message.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream outer = new ByteArrayOutputStream();
        bytesField(outer, 1, inner.toByteArray());
        return outer.toByteArray();
    }

    /** {@code google.rpc.Status} with a code and message (no details). */
    public static byte[] status(int code, String message, boolean json) {
        if (json) {
            return ("{\"code\":" + code + ",\"message\":" + AttributeValues.quoted(message) + "}")
                    .getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tag(out, 1, 0);
        varint(out, code);
        bytesField(out, 2, message.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void bytesField(ByteArrayOutputStream out, int field, byte[] bytes) {
        if (bytes.length == 0) {
            return;
        }
        tag(out, field, 2);
        varint(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void tag(ByteArrayOutputStream out, int field, int wireType) {
        varint(out, ((long) field << 3) | wireType);
    }

    private static void varint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
