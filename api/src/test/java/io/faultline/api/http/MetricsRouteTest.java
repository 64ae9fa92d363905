package io.faultline.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.api.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics} on a real server: the exposition parses and counts what the server did. */
class MetricsRouteTest {
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.inMemory("");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void countsAcceptedRejectedAndScoredSamples() throws Exception {
        String first = """
                {"series":[{"metric":"request_rate","labels":{"service":"cart"},
                  "samples":[[1700000000000,1.5],[1700000015000,2.5],[1700000030000,3.5]]},
                  {"metric":"cpu_seconds","labels":{"service":"cart"},"samples":[[1700000000000,0.5]]}]}""";
        assertEquals(200, server.post("/api/v1/ingest", "application/json", first).statusCode());
        String conflicting = """
                {"series":[{"metric":"request_rate","labels":{"service":"cart"},
                  "samples":[[1700000030000,9.0],[1700000045000,4.5]]}]}""";
        assertEquals(400, server.post("/api/v1/ingest", "application/json", conflicting).statusCode());
        String late = """
                {"series":[{"metric":"request_rate","labels":{"service":"cart"},"samples":[[1699999985000,1.0]]}]}""";
        assertEquals(200, server.post("/api/v1/ingest", "application/json", late).statusCode());

        HttpResponse<String> r = scrape(null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"),
                r.headers().toString());
        Map<String, Double> m = parse(r.body());
        assertEquals(5.0, m.get("faultline_samples_accepted_total"));
        assertEquals(2.0, m.get("faultline_samples_rejected_total{reason=\"conflict\"}"));
        assertEquals(2.0, m.get("faultline_active_series"));
        assertEquals(4.0, m.get("faultline_scored_points_total"));
        assertEquals(1.0, m.get("faultline_out_of_order_points_total"));
        assertEquals(0.0, m.get("faultline_open_incidents"));
        assertEquals(2.0, m.get("faultline_scoring_duration_seconds_count"));
        assertEquals(2.0, m.get("faultline_scoring_duration_seconds_bucket{le=\"+Inf\"}"));
        assertEquals(0.0, m.get("faultline_store_grouped_appends_total")); // one request at a time: no group commit
        assertTrue(m.get("jvm_memory_used_bytes{area=\"heap\"}") > 0, "JVM metrics are exposed");
    }

    @Test
    void answersOpenMetricsWhenAsked() throws Exception {
        HttpResponse<String> r = scrape("application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/openmetrics-text"),
                r.headers().toString());
        assertTrue(r.body().endsWith("# EOF\n"), "OpenMetrics ends with # EOF");
        assertEquals(0.0, parse(r.body()).get("faultline_samples_accepted_total"));
    }

    private HttpResponse<String> scrape(String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.app().port() + "/metrics")).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sample lines of the text formats: {@code name{labels} value}, comments skipped. */
    private static Map<String, Double> parse(String exposition) {
        Map<String, Double> samples = new HashMap<>();
        for (String line : exposition.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            String value = line.substring(space + 1);
            samples.put(line.substring(0, space), switch (value) {
                case "+Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(value);
            });
        }
        return samples;
    }
}
