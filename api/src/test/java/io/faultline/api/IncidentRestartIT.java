package io.faultline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.config.ServerConfig;
import io.faultline.api.config.StorageConfig;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server on a real DuckDB file, restarted during an open incident: the incident is still
 * there with its status, timeline and annotations, the live pipeline continues it, and it
 * auto-resolves once its anomalies have cleared.
 */
class IncidentRestartIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long T0 = 1_700_000_000_000L;
    private static final long STEP = 15_000;
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1_800_000_000_000L), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** Points {@code from..to-1} of cart's CPU and latency: steady with a small deterministic wiggle, or far off when faulty. */
    private static String batch(int from, int to, boolean faulty) {
        StringBuilder body = new StringBuilder("{\"series\":[");
        String[] metrics = {"cpu_usage_ratio", "request_latency_ms"};
        for (int m = 0; m < metrics.length; m++) {
            body.append(m == 0 ? "" : ",").append("{\"metric\":\"").append(metrics[m])
                    .append("\",\"labels\":{\"service\":\"cart\"},\"samples\":[");
            for (int i = from; i < to; i++) {
                double value = faulty ? 100 + i % 3 : 10 + (i * 7 % 11) * 0.1;
                body.append(i == from ? "" : ",").append("[").append(T0 + i * STEP).append(",").append(value).append("]");
            }
            body.append("]}");
        }
        return body.append("]}").toString();
    }

    private static void ingest(TestServer server, int from, int to, boolean faulty) {
        HttpResponse<String> r = server.post("/api/v1/ingest", "application/json", batch(from, to, faulty));
        assertEquals(200, r.statusCode(), r.body());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void anOpenIncidentSurvivesARestartWithItsTimelineAndContinues() throws Exception {
        FaultlineConfig config = FaultlineConfig.defaults()
                .withServer(new ServerConfig("127.0.0.1", 0, 1024 * 1024))
                .withStorage(new StorageConfig(dir.resolve("faultline.duckdb").toString()));
        String id;
        try (TestServer server = new TestServer(config, CLOCK)) {
            ingest(server, 0, 240, false);
            ingest(server, 240, 260, true);
            JsonNode open = json(server.get("/api/v1/incidents?status=open"));
            assertEquals(1, open.size(), open.toString());
            id = open.get(0).get("id").asText();
            json(server.post("/api/v1/incidents/" + id + "/acknowledge", "application/json", "{\"actor\":\"ana\"}"));
            json(server.post("/api/v1/incidents/" + id + "/annotations", "application/json",
                    "{\"actor\":\"ana\",\"text\":\"cart pods at 100% CPU\"}"));
        }
        try (TestServer restarted = new TestServer(config, CLOCK)) {
            JsonNode incident = json(restarted.get("/api/v1/incidents/" + id));
            assertEquals("ACKNOWLEDGED", incident.get("status").asText());
            assertEquals(2, incident.get("timeline").size(), incident.toString());
            assertEquals("ana", incident.get("timeline").get(1).get("actor").asText());
            assertEquals(1_800_000_000_000L, incident.get("timeline").get(1).get("atMs").asLong());
            assertEquals("cart pods at 100% CPU", incident.get("annotations").get(0).get("text").asText());
            assertEquals(1, restarted.app().pipeline().incidents().active().size());

            ingest(restarted, 260, 270, true);
            JsonNode all = json(restarted.get("/api/v1/incidents"));
            assertEquals(1, all.size(), all.toString());
            assertEquals(id, all.get(0).get("id").asText());

            ingest(restarted, 270, 320, false);
            JsonNode resolved = json(restarted.get("/api/v1/incidents/" + id));
            assertEquals("RESOLVED", resolved.get("status").asText(), resolved.toString());
            assertEquals(1L, restarted.app().incidentStats().autoResolved());
            JsonNode last = resolved.get("timeline").get(2);
            assertEquals("ACKNOWLEDGED RESOLVED system", last.get("from").asText() + " " + last.get("to").asText()
                    + " " + last.get("actor").asText());
        }
    }
}
