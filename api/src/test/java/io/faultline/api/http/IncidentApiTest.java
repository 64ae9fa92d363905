package io.faultline.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.api.TestServer;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.config.ServerConfig;
import io.faultline.api.config.StorageConfig;
import io.faultline.ingest.SeriesKey;
import io.faultline.rca.Anomaly;
import io.faultline.rca.Direction;
import io.faultline.rca.SignalKinds;
import io.faultline.rca.incident.IncidentCorrelator;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The incident lifecycle and change event routes on a real server on a random port. Incidents are
 * made by handing anomalies to the live correlator, as the pipeline does.
 */
class IncidentApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long WALL = 1_714_600_000_000L;
    private TestServer server;
    private IncidentCorrelator correlator;

    @BeforeEach
    void start() {
        server = new TestServer(FaultlineConfig.defaults()
                .withServer(new ServerConfig("127.0.0.1", 0, 64 * 1024))
                .withStorage(new StorageConfig(":memory:")), Clock.fixed(Instant.ofEpochMilli(WALL), ZoneOffset.UTC));
        correlator = server.app().pipeline().incidents();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Anomaly anomaly(String metric, String component, long onsetS, long endS) {
        SeriesKey key = SeriesKey.of(metric, "service", component);
        return new Anomaly(key, component, SignalKinds.of(key), onsetS * 1000, endS * 1000, 5, Direction.UP);
    }

    /** Opens inc-100000-1 on cart. */
    private String openIncident() {
        correlator.accept(anomaly("cpu_usage_ratio", "cart", 100, 110));
        return correlator.accept(anomaly("request_latency_ms", "cart", 100, 120)).orElseThrow().id();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static void assertError(HttpResponse<String> r, int status, String code, String message) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(code, json(r).get("error").asText());
        assertEquals(message, json(r).get("message").asText());
    }

    @Test
    void anIncidentGoesThroughItsLifecycleWithATimeline() throws Exception {
        String id = openIncident();
        assertEquals("inc-100000-1", id);
        HttpResponse<String> ack = server.post("/api/v1/incidents/" + id + "/acknowledge", "application/json",
                "{\"actor\":\"ana\",\"note\":\"looking into cart\"}");
        assertEquals(200, ack.statusCode(), ack.body());
        assertEquals("ACKNOWLEDGED", json(ack).get("status").asText());
        assertEquals(200, server.post("/api/v1/incidents/" + id + "/mitigating", "application/json", "{}",
                IncidentRequests.ACTOR_HEADER, "bob").statusCode());
        HttpResponse<String> resolved = server.post("/api/v1/incidents/" + id + "/resolve", "application/json", "");
        assertEquals(200, resolved.statusCode(), resolved.body());

        JsonNode detail = json(server.get("/api/v1/incidents/" + id));
        assertEquals("RESOLVED", detail.get("status").asText());
        assertEquals("cart", detail.get("affectedComponents").get(0).asText());
        JsonNode timeline = detail.get("timeline");
        assertEquals(4, timeline.size());
        assertTrue(timeline.get(0).get("from").isNull());
        assertEquals("system", timeline.get(0).get("actor").asText());
        assertEquals(120_000, timeline.get(0).get("atMs").asLong());
        assertEquals("ana looking into cart", timeline.get(1).get("actor").asText() + " " + timeline.get(1).get("cause").asText());
        assertEquals(WALL, timeline.get(1).get("atMs").asLong());
        assertEquals("bob mitigation started by bob", timeline.get(2).get("actor").asText() + " " + timeline.get(2).get("cause").asText());
        assertEquals("MITIGATING RESOLVED anonymous", timeline.get(3).get("from").asText() + " "
                + timeline.get(3).get("to").asText() + " " + timeline.get(3).get("actor").asText());

        assertError(server.post("/api/v1/incidents/" + id + "/acknowledge", "application/json", "{}"), 409, "conflict",
                "incident inc-100000-1 cannot go from resolved to acknowledged; allowed from resolved: [open]");
        assertEquals("OPEN", json(server.post("/api/v1/incidents/" + id + "/reopen", "application/json",
                "{\"note\":\"still slow\"}")).get("status").asText());
    }

    @Test
    void listsFilterByStatusComponentTimeAndConfirmation() throws Exception {
        String id = openIncident();
        correlator.accept(anomaly("cpu_usage_ratio", "search", 5_000, 5_010));
        correlator.accept(anomaly("error_ratio", "search", 5_000, 5_020));
        HttpResponse<String> ackd = server.post("/api/v1/incidents/" + id + "/acknowledge", "application/json", "{}");
        assertEquals(200, ackd.statusCode(), ackd.body());
        assertEquals(2, json(server.get("/api/v1/incidents")).size());
        assertEquals(id, json(server.get("/api/v1/incidents?status=acknowledged")).get(0).get("id").asText());
        assertEquals(1, json(server.get("/api/v1/incidents?component=search")).size());
        assertEquals(0, json(server.get("/api/v1/incidents?component=sear")).size());
        assertEquals(1, json(server.get("/api/v1/incidents?from=0&to=200000")).size());
        assertEquals(1, json(server.get("/api/v1/incidents?limit=1")).size());
        assertEquals(0, json(server.get("/api/v1/incidents?confirmed=true")).size());

        HttpResponse<String> note = server.post("/api/v1/incidents/" + id + "/annotations", "application/json",
                "{\"actor\":\"ana\",\"text\":\"confirmed root cause: cart\",\"confirmedRootCause\":\"cart\"}");
        assertEquals(200, note.statusCode(), note.body());
        JsonNode annotation = json(note).get("annotations").get(0);
        assertEquals("cart ana " + WALL, annotation.get("confirmedRootCause").asText() + " "
                + annotation.get("actor").asText() + " " + annotation.get("atMs").asLong());
        assertEquals(id, json(server.get("/api/v1/incidents?confirmed=true")).get(0).get("id").asText());
        assertEquals(1, json(server.get("/api/v1/incidents?confirmed=false")).size());
        HttpResponse<String> labels = server.get("/api/v1/incident-labels");
        assertEquals(200, labels.statusCode(), labels.body());
        JsonNode label = json(labels).get(0);
        assertEquals(id + " cart 0", label.get("incidentId").asText() + " " + label.get("confirmedRootCause").asText()
                + " " + label.get("rankedPosition").asInt());
    }

    @Test
    void badRequestsAreAnsweredWithAMessage() throws Exception {
        String id = openIncident();
        assertError(server.post("/api/v1/incidents/inc-nope/acknowledge", "application/json", "{}"), 404, "not_found",
                "no incident with id 'inc-nope'");
        assertError(server.post("/api/v1/incidents/inc-nope/annotations", "application/json", "{\"text\":\"x\"}"), 404,
                "not_found", "no incident with id 'inc-nope'");
        assertError(server.post("/api/v1/incidents/" + id + "/annotations", "application/json", "{\"actor\":\"ana\"}"), 400,
                "bad_request", "field 'text' is required");
        assertError(server.post("/api/v1/incidents/" + id + "/acknowledge", "application/json", "{\"who\":\"ana\"}"), 400,
                "bad_request", "unknown field 'who'; known: actor, note");
        assertError(server.get("/api/v1/incidents?confirmed=yes"), 400, "bad_request",
                "query parameter 'confirmed' must be true or false, was 'yes'");
        assertError(server.get("/api/v1/incidents?limit=0"), 400, "bad_request", "limit must be in 1..1000, was 0");
        assertError(server.post("/api/v1/incidents/" + id + "/acknowledge", "application/json", "{\"actor\":\"" + "a".repeat(201) + "\"}"),
                400, "bad_request", "field 'actor' must be at most 200 characters, was 201");
    }

    @Test
    void changeEventsAreStoredValidatedAndListed() throws Exception {
        String deploy = "{\"id\":\"d-42\",\"component\":\"cart\",\"kind\":\"deploy\",\"at\":\"2024-05-01T11:57:00Z\",\"version\":\"v1.4.2\"}";
        HttpResponse<String> created = server.post("/api/v1/events", "application/json", deploy);
        assertEquals(200, created.statusCode(), created.body());
        assertEquals("created", json(created).get("status").asText());
        assertEquals(false, json(created).get("knownComponent").asBoolean());
        assertEquals("duplicate", json(server.post("/api/v1/events", "application/json", deploy)).get("status").asText());
        assertError(server.post("/api/v1/events", "application/json", deploy.replace("v1.4.2", "v1.4.3")), 409, "conflict",
                "change 'd-42' of cart is already recorded with different content: ChangeEvent[id=d-42, component=cart,"
                        + " kind=DEPLOY, atMs=1714564620000, version=v1.4.2, description=]");
        assertEquals(200, server.post("/api/v1/events", "application/json",
                "{\"component\":\"orders\",\"kind\":\"config\",\"at\":1714564800000,\"description\":\"pool 20\"}").statusCode());

        JsonNode cart = json(server.get("/api/v1/events?component=cart"));
        assertEquals(1, cart.size());
        assertEquals("d-42 DEPLOY 1714564620000", cart.get(0).get("id").asText() + " " + cart.get(0).get("kind").asText()
                + " " + cart.get(0).get("atMs").asLong());
        JsonNode window = json(server.get("/api/v1/events?from=2024-05-01T11:58:00Z&to=2024-05-01T12:00:00Z"));
        assertEquals("config-1714564800000", window.get(0).get("id").asText());
        assertEquals(1, window.size());

        assertError(server.post("/api/v1/events", "application/json", "{\"component\":\"cart\",\"kind\":\"reboot\",\"at\":1}"),
                400, "bad_request", "field 'kind' must be one of [deploy, config, scale, other], was 'reboot'");
        assertError(server.post("/api/v1/events", "application/json", "{\"component\":\"cart\",\"kind\":\"deploy\"}"),
                400, "bad_request", "field 'at' is required (RFC 3339 or Unix milliseconds)");
        assertError(server.post("/api/v1/events", "application/json", "{\"component\":\"cart\",\"kind\":\"deploy\",\"at\":\"noon\"}"),
                400, "bad_request", "field 'at': 'noon' is neither Unix milliseconds nor an RFC 3339 time");
        assertError(server.post("/api/v1/events", "application/json", "{\"component\":\"c a\",\"kind\":\"deploy\",\"at\":1}"),
                400, "bad_request", "field 'component' must be 1..200 letters, digits or _.:/@+-, was 'c a'");
    }

    @Test
    void aDeployJustBeforeTheOnsetIsEvidenceAndItsRollbackComesFirst() throws Exception {
        long t0 = 1_700_000_000_000L;
        StringBuilder body = new StringBuilder("{\"series\":[");
        String[] metrics = {"cpu_usage_ratio", "request_latency_ms"};
        for (int m = 0; m < metrics.length; m++) {
            body.append(m == 0 ? "" : ",").append("{\"metric\":\"").append(metrics[m])
                    .append("\",\"labels\":{\"service\":\"cart\"},\"samples\":[");
            for (int i = 0; i < 260; i++) {
                double value = i < 240 ? 10 + (i * 7 % 11) * 0.1 : 100 + i % 3;
                body.append(i == 0 ? "" : ",").append("[").append(t0 + i * 15_000L).append(",").append(value).append("]");
            }
            body.append("]}");
        }
        assertEquals(200, server.post("/api/v1/ingest", "application/json", body.append("]}").toString()).statusCode());
        long onset = t0 + 240 * 15_000L;
        assertEquals(200, server.post("/api/v1/events", "application/json", "{\"id\":\"d-7\",\"component\":\"cart\","
                + "\"kind\":\"deploy\",\"at\":" + (onset - 180_000) + ",\"version\":\"v1.4.2\"}").statusCode());

        HttpResponse<String> rca = server.post("/api/v1/rca", "application/json",
                "{\"from\":" + (onset - 600_000) + ",\"to\":" + (onset + 300_000) + ",\"onset\":" + onset + "}");
        JsonNode answer = json(rca);
        assertEquals(200, rca.statusCode(), rca.body());
        assertEquals("cart", answer.get("causes").get(0).get("component").asText());
        assertEquals("deploy v1.4.2 of cart at 2023-11-14T23:10:20Z, 3 min before onset",
                answer.get("changes").get(0).get("evidence").asText());
        JsonNode first = answer.get("recoveries").get(0);
        assertEquals("ROLL_BACK cart", first.get("kind").asText() + " " + first.get("target").asText());
        assertTrue(first.get("rationale").asText().startsWith("Roll back deploy v1.4.2 of cart (change d-7)"), first.toString());
    }
}
