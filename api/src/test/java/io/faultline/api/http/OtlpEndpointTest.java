package io.faultline.api.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.api.TestServer;
import io.faultline.api.pipeline.LivePipeline;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/metrics} on a real server on a random port: both encodings, gzip, and every error status. */
class OtlpEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long T0_NS = 1_700_000_000_000L * 1_000_000;
    private static final long SECOND = 1_000_000_000L;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.inMemory(""); // body limit 64 KiB
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> post(String contentType, String encoding, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.app().port() + "/v1/metrics"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (encoding != null) {
            b.header("Content-Encoding", encoding);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static void assertStatus(HttpResponse<byte[]> r, int status, String message) {
        assertEquals(status, r.statusCode(), text(r));
        assertEquals("application/x-protobuf", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals(message, OtlpPayloads.statusMessage(r.body()));
    }

    @Test
    void theOtlpExampleAsJsonIsTakenWithAPartialSuccess() throws Exception {
        byte[] example = Files.readAllBytes(Path.of("../ingest/src/test/resources/otlp/metrics.json"));
        HttpResponse<byte[]> r = post("application/json", null, example);
        assertEquals(200, r.statusCode(), text(r));
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode partial = JSON.readTree(r.body()).get("partialSuccess");
        assertEquals("1", partial.get("rejectedDataPoints").asText());
        assertEquals("1 data point rejected: resourceMetrics[0].scopeMetrics[0].metrics[2].histogram.dataPoints[0]: "
                + "3 bucketCounts for 1 explicitBounds (must be one more)", partial.get("errorMessage").asText());
        SeriesSamples gauge = server.app().store().read(
                SeriesKey.of("my_gauge_ratio", "service", "my.service", "my_gauge_attr", "some value"), 0, Long.MAX_VALUE);
        assertArrayEquals(new double[] {10}, gauge.values());
    }

    @Test
    void gzippedProtobufCountersAreStoredRawAndScoredAsRates() throws Exception {
        LivePipeline.Stats before = server.app().pipeline().stats();
        byte[] body = OtlpPayloads.counter("checkout", "orders.placed", new long[] {T0_NS, T0_NS + 15 * SECOND, T0_NS + 30 * SECOND},
                new double[] {100, 130, 4});
        HttpResponse<byte[]> r = post("application/x-protobuf", "gzip", OtlpPayloads.gzip(body));
        assertEquals(200, r.statusCode(), text(r));
        assertEquals("application/x-protobuf", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals(0, r.body().length, "full success: an empty ExportMetricsServiceResponse");

        SeriesSamples stored = server.app().store().read(SeriesKey.of("orders_placed_total", "service", "checkout"), 0, Long.MAX_VALUE);
        assertArrayEquals(new double[] {100, 130, 4}, stored.values());
        LivePipeline.Stats after = server.app().pipeline().stats();
        assertEquals(2, after.scoredPoints() - before.scoredPoints(), "the first point of a counter has no rate");
        assertEquals(1, after.counterResets() - before.counterResets());
    }

    @Test
    void wrongContentTypeOrEncodingIs415() throws Exception {
        HttpResponse<byte[]> r = post("text/plain", null, new byte[0]);
        assertEquals(415, r.statusCode());
        assertEquals("{\"code\":12,\"message\":\"Content-Type must be application/x-protobuf or application/json, was 'text/plain'\"}", text(r));
        assertStatus(post("application/x-protobuf", "br", new byte[0]), 415, "Content-Encoding must be gzip or identity, was 'br'");
    }

    @Test
    void malformedBodiesAre400() throws Exception {
        assertStatus(post("application/x-protobuf", null, new byte[] {0x0a, 0x7f, 0x01}), 400,
                "malformed protobuf at byte 1: length 127 runs past the end of the enclosing message (1 bytes left)");
        HttpResponse<byte[]> r = post("application/json; charset=utf-8", null, "{\"resourceMetrics\":{}}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, r.statusCode());
        assertEquals("{\"code\":3,\"message\":\"resourceMetrics: expected an array, found an object\"}", text(r));
        assertStatus(post("application/x-protobuf", "gzip", "not gzip at all".getBytes(StandardCharsets.UTF_8)), 400,
                "request body is not valid gzip (Content-Encoding: gzip): Not in GZIP format");
    }

    @Test
    void bodiesPastTheLimitCompressedOrInflatedAre413() throws Exception {
        assertStatus(post("application/x-protobuf", null, new byte[70 * 1024]), 413,
                "request body is larger than the limit of 65536 bytes (server.maxBodyBytes): at least 71680 bytes");
        byte[] bomb = OtlpPayloads.gzip(new byte[10 * 1024 * 1024]); // 10 MiB of zeros in about 10 KiB
        assertEquals(true, bomb.length < 64 * 1024, "the compressed body itself is under the limit");
        assertStatus(post("application/x-protobuf", "gzip", bomb), 413,
                "decompressed request body is larger than the limit of 65536 bytes (server.maxBodyBytes)");
        assertEquals(200, server.get("/healthz").statusCode(), "and the server keeps serving");
    }

    @Test
    void anEmptyRequestIsASuccess() throws Exception {
        HttpResponse<byte[]> r = post("application/x-protobuf", null, new byte[0]);
        assertEquals(200, r.statusCode());
        assertEquals(0, r.body().length);
    }
}
