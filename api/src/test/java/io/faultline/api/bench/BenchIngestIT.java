package io.faultline.api.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.api.Json;
import io.faultline.api.TestServer;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.config.ServerConfig;
import io.faultline.api.config.StorageConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load generator against real receivers: every sample a server acknowledged is then found in its
 * store, exactly. Faultline runs on a DuckDB file; Prometheus (the Debian package's binary) runs when
 * {@code /usr/bin/prometheus} exists and the test is skipped otherwise. No timing is asserted.
 */
class BenchIngestIT {
    private static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");

    @TempDir
    Path dir;

    /** 600 series x 6 scrapes in requests of 170 samples over 3 connections, ending now (Prometheus wants recent data). */
    private static Payload payload() {
        int rounds = 6;
        long start = PayloadParams.startEndingAt(System.currentTimeMillis(), rounds, PayloadParams.SCRAPE_MS);
        return PayloadGenerator.build(new PayloadParams(600, 170, rounds, 3, 9, start, PayloadParams.SCRAPE_MS));
    }

    @Test
    void everySampleFaultlineAcknowledgedIsStored() throws Exception {
        Payload payload = payload();
        try (TestServer server = new TestServer(FaultlineConfig.defaults()
                .withServer(new ServerConfig("127.0.0.1", 0, 10 * 1024 * 1024))
                .withStorage(new StorageConfig(dir.resolve("bench.duckdb").toString())))) {
            URI target = URI.create("http://127.0.0.1:" + server.app().port() + "/api/v1/write");

            IngestResult r = new IngestLoad(target, 600).run(payload, 0);

            assertEquals(Map.of(), r.errors(), "first errors: " + r.firstErrors());
            assertEquals(payload.samplesTotal(), r.samplesAccepted());
            assertEquals(r.samplesAccepted(), server.app().store().sampleCount());
            assertEquals(600, server.app().store().listSeries(java.util.List.of()).size());
        }
    }

    @Test
    void everySamplePrometheusAcknowledgedIsInItsTsdb() throws Exception {
        assumeTrue(Files.isExecutable(PROMETHEUS), "no " + PROMETHEUS + " (Debian package 'prometheus'); skipping");
        Payload payload = payload();
        try (PrometheusProcess prometheus = PrometheusProcess.start(PROMETHEUS, Files.createDirectory(dir.resolve("prom")))) {
            IngestResult r = new IngestLoad(prometheus.writeUrl(), 600).run(payload, 0);

            assertEquals(Map.of(), r.errors(), "first errors: " + r.firstErrors());
            assertEquals(payload.samplesTotal(), r.samplesAccepted());
            // count_over_time drops the metric name, so count metric by metric; a target's scrape is offset up
            // to 15 s past the step, so ask a minute after now
            long at = (System.currentTimeMillis() + 60_000) / 1000;
            long stored = 0;
            SyntheticSeries catalogue = new SyntheticSeries(SyntheticSeries.METRICS, 9);
            for (int m = 0; m < SyntheticSeries.METRICS; m++) {
                String query = URLEncoder.encode("sum(count_over_time(" + catalogue.key(m).metric() + "[30m]))",
                        StandardCharsets.UTF_8);
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(prometheus.baseUrl() + "/api/v1/query?query=" + query + "&time=" + at)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, answer.statusCode(), answer.body());
                JsonNode value = Json.mapper().readTree(answer.body()).path("data").path("result").path(0).path("value");
                stored += Long.parseLong(value.path(1).asText("0"));
            }
            assertEquals(r.samplesAccepted(), stored);
        }
    }
}
