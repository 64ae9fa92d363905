package io.faultline.api.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * Small OTLP protobuf requests written field by field (opentelemetry-proto v1 field numbers), and
 * the google.rpc.Status reader for error bodies, for the HTTP tests.
 */
final class OtlpPayloads {
    private OtlpPayloads() {
    }

    /** One resource ({@code service.name}) with one cumulative monotonic sum {@code name} and its points (ns, value). */
    static byte[] counter(String service, String name, long[] timesNs, double[] values) {
        ByteArrayOutputStream sum = new ByteArrayOutputStream();
        for (int i = 0; i < timesNs.length; i++) {
            ByteArrayOutputStream point = new ByteArrayOutputStream();
            fixed64(point, 3, timesNs[i]);                           // NumberDataPoint.time_unix_nano
            fixed64(point, 4, Double.doubleToRawLongBits(values[i])); // NumberDataPoint.as_double
            bytes(sum, 1, point.toByteArray());                      // Sum.data_points
        }
        varint(sum, 2, 2);                                           // Sum.aggregation_temporality = CUMULATIVE
        varint(sum, 3, 1);                                           // Sum.is_monotonic
        ByteArrayOutputStream metric = new ByteArrayOutputStream();
        bytes(metric, 1, name.getBytes(StandardCharsets.UTF_8));     // Metric.name
        bytes(metric, 7, sum.toByteArray());                         // Metric.sum
        ByteArrayOutputStream scope = new ByteArrayOutputStream();
        bytes(scope, 2, metric.toByteArray());                       // ScopeMetrics.metrics
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        bytes(value, 1, service.getBytes(StandardCharsets.UTF_8));   // AnyValue.string_value
        ByteArrayOutputStream keyValue = new ByteArrayOutputStream();
        bytes(keyValue, 1, "service.name".getBytes(StandardCharsets.UTF_8));
        bytes(keyValue, 2, value.toByteArray());
        ByteArrayOutputStream resource = new ByteArrayOutputStream();
        bytes(resource, 1, keyValue.toByteArray());                  // Resource.attributes
        ByteArrayOutputStream resourceMetrics = new ByteArrayOutputStream();
        bytes(resourceMetrics, 1, resource.toByteArray());           // ResourceMetrics.resource
        bytes(resourceMetrics, 2, scope.toByteArray());              // ResourceMetrics.scope_metrics
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        bytes(request, 1, resourceMetrics.toByteArray());            // ExportMetricsServiceRequest.resource_metrics
        return request.toByteArray();
    }

    static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The message of a protobuf google.rpc.Status { int32 code = 1; string message = 2; }. */
    static String statusMessage(byte[] status) {
        int pos = 0;
        String message = "";
        while (pos < status.length) {
            int tag = status[pos++];
            if (tag == 0x08) {
                while (status[pos++] < 0) {
                    // skip the varint code
                }
            } else if (tag == 0x12) {
                int length = 0;
                int shift = 0;
                byte b;
                do {
                    b = status[pos++];
                    length |= (b & 0x7f) << shift;
                    shift += 7;
                } while (b < 0);
                message = new String(status, pos, length, StandardCharsets.UTF_8);
                pos += length;
            } else {
                throw new IllegalArgumentException("unexpected tag " + tag);
            }
        }
        return message;
    }

    private static void varint(ByteArrayOutputStream out, int field, long v) {
        writeVarint(out, (long) field << 3);
        writeVarint(out, v);
    }

    private static void fixed64(ByteArrayOutputStream out, int field, long v) {
        writeVarint(out, ((long) field << 3) | 1);
        for (int i = 0; i < 8; i++) {
            out.write((int) (v >>> (8 * i)));
        }
    }

    private static void bytes(ByteArrayOutputStream out, int field, byte[] b) {
        writeVarint(out, ((long) field << 3) | 2);
        writeVarint(out, b.length);
        out.writeBytes(b);
    }

    private static void writeVarint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
