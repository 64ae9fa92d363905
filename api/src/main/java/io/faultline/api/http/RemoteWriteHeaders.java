package io.faultline.api.http;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * The headers of a remote_write 1.0 request (https://prometheus.io/docs/concepts/remote_write_spec/):
 * {@code Content-Type: application/x-protobuf} (a {@code proto} parameter other than
 * {@code prometheus.WriteRequest} is remote_write 2.0, not supported), {@code Content-Encoding: snappy}
 * (assumed when absent, as Prometheus' own receiver does), and {@code X-Prometheus-Remote-Write-Version}
 * 0.x or 1.x. Anything else is refused with 415 before the body is read.
 */
final class RemoteWriteHeaders {
    private RemoteWriteHeaders() {
    }

    static void check(Context ctx) {
        String type = ctx.contentType();
        String[] parts = type == null ? new String[] {""} : type.split(";");
        if (!parts[0].trim().equalsIgnoreCase("application/x-protobuf")) {
            throw unsupported("Content-Type must be application/x-protobuf, was "
                    + (type == null ? "missing" : "'" + type + "'"));
        }
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].trim().split("=", 2);
            if (param.length == 2 && param[0].trim().equalsIgnoreCase("proto")
                    && !param[1].trim().equals("prometheus.WriteRequest")) {
                throw unsupported("only remote_write 1.0 (proto=prometheus.WriteRequest) is supported, was proto="
                        + param[1].trim());
            }
        }
        String encoding = ctx.header("Content-Encoding");
        if (encoding != null && !encoding.trim().equalsIgnoreCase("snappy")) {
            throw unsupported("Content-Encoding must be snappy, was '" + encoding + "'");
        }
        String version = ctx.header("X-Prometheus-Remote-Write-Version");
        if (version != null) {
            String v = version.trim().toLowerCase(Locale.ROOT);
            if (!(v.startsWith("0.") || v.startsWith("1.") || v.equals("1") || v.equals("0"))) {
                throw unsupported("X-Prometheus-Remote-Write-Version " + version + " is not supported; send 0.1.0 (1.0)");
            }
        }
    }

    private static ApiException unsupported(String message) {
        return new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, message);
    }
}
