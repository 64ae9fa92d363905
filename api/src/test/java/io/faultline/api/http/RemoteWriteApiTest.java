package io.faultline.api.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.ingest.StaleMarker;
import io.faultline.api.TestServer;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.config.ServerConfig;
import io.faultline.api.config.StorageConfig;
import io.faultline.api.service.RemoteWriteService;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.format.remotewrite.DropReason;
import io.faultline.ingest.format.remotewrite.RemoteWriteEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/write} over real HTTP: the protocol's headers and statuses, and every kind of bad body. */
class RemoteWriteApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long T0 = 1_700_000_000_000L;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.inMemory("");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> write(TestServer to, String contentType, String encoding, String version, byte[] body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.app().port() + "/api/v1/write"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (encoding != null) {
            b.header("Content-Encoding", encoding);
        }
        if (version != null) {
            b.header("X-Prometheus-Remote-Write-Version", version);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> write(byte[] body) throws Exception {
        return write(server, "application/x-protobuf", "snappy", "0.1.0", body);
    }

    private static void assertError(HttpResponse<String> r, int status, String code, String message) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(code, body.get("error").asText());
        assertEquals(message, body.get("message").asText());
        assertEquals(200, server.get("/healthz").statusCode(), "the server keeps serving");
    }

    private static SeriesSamples series(SeriesKey key, long[] ts, double[] values) {
        return new SeriesSamples(key, ts, values);
    }

    @Test
    void acceptedRequestIsStoredAndAnswered204() throws Exception {
        SeriesKey key = SeriesKey.of("rw_requests_total", "service", "rw-accepted", "code", "200");
        byte[] body = RemoteWriteEncoder.encode(new SampleBatch(List.of(
                series(key, new long[] {T0, T0 + 15_000}, new double[] {3, 5}))));
        HttpResponse<String> r = write(body);
        assertEquals(204, r.statusCode(), r.body());
        assertEquals("", r.body());
        SeriesSamples stored = server.app().store().read(key, 0, Long.MAX_VALUE);
        assertArrayEquals(new long[] {T0, T0 + 15_000}, stored.timestampsMs());
        assertArrayEquals(new double[] {3, 5}, stored.values());
        // The same request again (a retry) is harmless.
        assertEquals(204, write(body).statusCode());
    }

    @Test
    void nanInfinityAndStaleMarkersAreDroppedAndCountedTheRestStored() throws Exception {
        SeriesKey key = SeriesKey.of("rw_values", "service", "rw-nan");
        RemoteWriteService.Stats before = stats();
        byte[] body = RemoteWriteEncoder.encode(new SampleBatch(List.of(series(key,
                new long[] {T0, T0 + 1, T0 + 2, T0 + 3, T0 + 4},
                new double[] {1, Double.NaN, Double.POSITIVE_INFINITY, Double.longBitsToDouble(StaleMarker.BITS), 2}))));
        HttpResponse<String> r = write(body);
        assertEquals(204, r.statusCode(), r.body());
        SeriesSamples stored = server.app().store().read(key, 0, Long.MAX_VALUE);
        assertArrayEquals(new long[] {T0, T0 + 4}, stored.timestampsMs());
        RemoteWriteService.Stats after = stats();
        assertEquals(1, after.droppedSamples().get(DropReason.NAN) - before.droppedSamples().get(DropReason.NAN));
        assertEquals(1, after.droppedSamples().get(DropReason.INFINITE) - before.droppedSamples().get(DropReason.INFINITE));
        assertEquals(1, after.droppedSamples().get(DropReason.STALE_MARKER) - before.droppedSamples().get(DropReason.STALE_MARKER));
    }

    private static RemoteWriteService.Stats stats() {
        return server.app().services().remoteWrite().stats();
    }

    @Test
    void wrongHeadersAre415() throws Exception {
        byte[] body = RemoteWriteEncoder.encode(new SampleBatch(List.of()));
        assertError(write(server, "application/json", "snappy", "0.1.0", body), 415, "unsupported_media_type",
                "Content-Type must be application/x-protobuf, was 'application/json'");
        assertError(write(server, null, "snappy", "0.1.0", body), 415, "unsupported_media_type",
                "Content-Type must be application/x-protobuf, was missing");
        assertError(write(server, "application/x-protobuf", "gzip", "0.1.0", body), 415, "unsupported_media_type",
                "Content-Encoding must be snappy, was 'gzip'");
        assertError(write(server, "application/x-protobuf;proto=io.prometheus.write.v2.Request", "snappy", "2.0.0", body),
                415, "unsupported_media_type",
                "only remote_write 1.0 (proto=prometheus.WriteRequest) is supported, was proto=io.prometheus.write.v2.Request");
        assertError(write(server, "application/x-protobuf", "snappy", "2.0.0", body), 415, "unsupported_media_type",
                "X-Prometheus-Remote-Write-Version 2.0.0 is not supported; send 0.1.0 (1.0)");
        assertEquals(204, write(server, "application/x-protobuf;proto=prometheus.WriteRequest", null, null, body).statusCode());
    }

    @Test
    void malformedProtobufAndBadSnappyAre400() throws Exception {
        byte[] truncated = RemoteWriteEncoder.compress(new byte[] {0x0a, 0x64, 0x0a});
        assertError(write(truncated), 400, "bad_request",
                "malformed protobuf at byte 1: length 100 runs past the end of the enclosing message (1 bytes left)");
        assertError(write("not snappy at all".getBytes(StandardCharsets.US_ASCII)), 400, "bad_request",
                "bad snappy block: corrupt compressed data (FAILED_TO_UNCOMPRESS(5))");
        assertError(write(new byte[] {(byte) 0xff, 0x06, 0x00, 0x00, 's', 'N', 'a', 'P', 'p', 'Y', 0, 0}), 400, "bad_request",
                "body uses the snappy framing (stream) format; remote_write sends the snappy block format");
        assertError(write(new byte[0]), 400, "bad_request", "body is empty: expected a snappy-compressed WriteRequest");
    }

    @Test
    void decompressionBombAndOversizedBodyAre413() throws Exception {
        byte[] bomb = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0x7f, 0x00};
        assertError(write(bomb), 413, "payload_too_large",
                "snappy block declares 268435455 uncompressed bytes, limit is 33554432 (ingest.maxDecompressedBytes)");
        byte[] big = new byte[70 * 1024];
        Arrays.fill(big, (byte) 'x');
        assertError(write(big), 413, "payload_too_large",
                "request body is larger than the limit of 65536 bytes (server.maxBodyBytes): at least 71680 bytes");
    }

    @Test
    void hugeLabelSetsAre400AndStoreNothing() throws Exception {
        TreeMap<String, String> labels = new TreeMap<>();
        for (int i = 0; i < 100; i++) {
            labels.put("label_" + i, "v");
        }
        SeriesKey many = new SeriesKey("rw_many_labels", labels);
        assertError(write(RemoteWriteEncoder.encode(new SampleBatch(List.of(series(many, new long[] {T0}, new double[] {1}))))),
                400, "bad_request", "timeseries[0]: more than 32 labels besides __name__ (limit ingest.maxLabelsPerSeries),"
                        + " at byte 507");
        SeriesKey longValue = SeriesKey.of("rw_long_label", "service", "v".repeat(50_000));
        SeriesKey fine = SeriesKey.of("rw_fine", "service", "rw-huge");
        assertError(write(RemoteWriteEncoder.encode(new SampleBatch(List.of(
                series(fine, new long[] {T0}, new double[] {1}),
                series(longValue, new long[] {T0}, new double[] {1}))))),
                400, "bad_request", "timeseries[1]: label 'service' has a value of 50000 characters, limit is 1024, at byte 92");
        assertEquals(0, server.app().store().read(fine, 0, Long.MAX_VALUE).size());
    }

    @Test
    void tenMegabytesOfGarbageGetAnAnswerAndTheServerKeepsServing() throws Exception {
        try (TestServer roomy = new TestServer(FaultlineConfig.defaults()
                .withServer(new ServerConfig("127.0.0.1", 0, 16L * 1024 * 1024))
                .withStorage(new StorageConfig(":memory:")))) {
            byte[] garbage = new byte[10_000_000];
            Arrays.fill(garbage, (byte) 'A');
            HttpResponse<String> r = write(roomy, "application/x-protobuf", "snappy", "0.1.0", garbage);
            assertEquals(400, r.statusCode(), r.body());
            assertEquals("bad snappy block: corrupt compressed data (FAILED_TO_UNCOMPRESS(5))",
                    JSON.readTree(r.body()).get("message").asText());
            assertEquals(200, roomy.get("/healthz").statusCode());
        }
        byte[] garbage = new byte[10_000_000];
        Arrays.fill(garbage, (byte) 'A');
        assertEquals(413, write(garbage).statusCode());
        assertEquals(200, server.get("/healthz").statusCode());
    }
}
