package io.faultline.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.api.TestServer;
import io.faultline.api.promql.PromNumbers;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The derived series {@code faultline_anomaly_score}, {@code faultline_expected}, {@code faultline_lower}
 * and {@code faultline_upper}: a replay of the live scorer, so over a range that covers the series from
 * its first sample it gives exactly the scores the live pipeline gave.
 */
class DerivedSeriesApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long T0 = 1_700_000_000_000L;
    private static final int SPIKE_AT = 100;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.inMemory("");
        List<String> latency = new ArrayList<>();
        List<String> cpu = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            long t = T0 + 60_000L * i;
            double value = i >= SPIKE_AT && i < SPIKE_AT + 3 ? 2.0 : 0.2 + 0.01 * (i % 5);
            latency.add("[" + t + "," + value + "]");
            cpu.add("[" + t + "," + (0.5 + 0.01 * (i % 3)) + "]");
        }
        String body = "{\"series\":[{\"metric\":\"latency_seconds\",\"labels\":{\"service\":\"pay\"},\"samples\":["
                + String.join(",", latency) + "]},{\"metric\":\"cpu_usage_ratio\",\"labels\":{\"service\":\"pay\"},\"samples\":["
                + String.join(",", cpu) + "]}]}";
        HttpResponse<String> r = server.post("/api/v1/ingest", "application/json", body);
        assertEquals(200, r.statusCode(), r.body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = server.get(path);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static String range(String query) {
        return "/api/v1/query_range?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&start=" + T0 / 1000 + "&end=" + (T0 / 1000 + 119 * 60) + "&step=60";
    }

    @Test
    void scoreReplayEqualsTheLiveScoreOfTheAnomaly() throws Exception {
        JsonNode anomalies = get("/api/v1/anomalies?component=pay");
        assertEquals(1, anomalies.size(), anomalies.toString());
        double livePeak = anomalies.get(0).get("peakScore").asDouble();

        JsonNode result = get(range("faultline_anomaly_score{service=\"pay\",faultline_metric=\"latency_seconds\"}"))
                .get("data").get("result");
        assertEquals(1, result.size());
        assertEquals("{\"__name__\":\"faultline_anomaly_score\",\"faultline_metric\":\"latency_seconds\",\"service\":\"pay\"}",
                result.get(0).get("metric").toString());
        JsonNode values = result.get(0).get("values");
        assertEquals(120, values.size());
        double peak = 0;
        for (JsonNode v : values) {
            peak = Math.max(peak, Double.parseDouble(v.get(1).asText()));
        }
        assertEquals(PromNumbers.value(livePeak), PromNumbers.value(peak));
        assertEquals(T0 / 1000 + SPIKE_AT * 60, values.get(SPIKE_AT).get(0).asLong());
        assertEquals(PromNumbers.value(livePeak), values.get(SPIKE_AT).get(1).asText());
    }

    @Test
    void bandSurroundsTheExpectationOnceWarm() throws Exception {
        String at = "&time=" + (T0 / 1000 + 90 * 60);
        double expected = value(get("/api/v1/query?query=faultline_expected%7Bfaultline_metric%3D%22latency_seconds%22%7D" + at));
        double lower = value(get("/api/v1/query?query=faultline_lower%7Bfaultline_metric%3D%22latency_seconds%22%7D" + at));
        double upper = value(get("/api/v1/query?query=faultline_upper%7Bfaultline_metric%3D%22latency_seconds%22%7D" + at));
        assertTrue(lower < expected && expected < upper, lower + " < " + expected + " < " + upper);
    }

    @Test
    void eachRawSeriesHasItsOwnDerivedSeries() throws Exception {
        JsonNode series = get("/api/v1/series?match%5B%5D=" + URLEncoder.encode("{__name__=~\"faultline_(expected|upper)\"}",
                StandardCharsets.UTF_8)).get("data");
        assertEquals("[{\"__name__\":\"faultline_expected\",\"faultline_metric\":\"cpu_usage_ratio\",\"service\":\"pay\"},"
                + "{\"__name__\":\"faultline_expected\",\"faultline_metric\":\"latency_seconds\",\"service\":\"pay\"},"
                + "{\"__name__\":\"faultline_upper\",\"faultline_metric\":\"cpu_usage_ratio\",\"service\":\"pay\"},"
                + "{\"__name__\":\"faultline_upper\",\"faultline_metric\":\"latency_seconds\",\"service\":\"pay\"}]", series.toString());
        // without a name matcher, only raw series are selected
        assertEquals(2, get("/api/v1/series?match%5B%5D=%7Bservice%3D%22pay%22%7D").get("data").size());
    }

    private static double value(JsonNode answer) {
        JsonNode result = answer.get("data").get("result");
        assertEquals(1, result.size(), answer.toString());
        return Double.parseDouble(result.get(0).get("value").get(1).asText());
    }
}
