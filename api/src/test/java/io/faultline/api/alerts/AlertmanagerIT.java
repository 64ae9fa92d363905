package io.faultline.api.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.api.TestServer;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.config.NotificationsConfig;
import io.faultline.api.config.NotifierConfig;
import io.faultline.api.config.ServerConfig;
import io.faultline.api.config.StorageConfig;
import io.faultline.api.notify.Receiver;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faultline and a real Alertmanager 0.25 on loopback, both ways round: (a) an incident found in
 * pushed metrics is posted to Alertmanager, which routes it to a webhook receiver in the test, and
 * its resolve follows once the incident resolves; (b) alerts posted to Alertmanager reach
 * Faultline through its webhook and open an incident. Polls with deadlines; the Alertmanager
 * process is stopped even when a step fails.
 */
class AlertmanagerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEADLINE = Duration.ofSeconds(45);
    private static final long STEP_MS = 15_000;

    @TempDir
    Path dir;

    @BeforeEach
    void requireAlertmanager() {
        AlertmanagerProcess.assumeInstalled();
    }

    private static String amConfig(String receiverUrl, String groupBy) {
        return """
                global:
                  resolve_timeout: 5m
                route:
                  receiver: hook
                  group_by: [%s]
                  group_wait: 1s
                  group_interval: 1s
                  repeat_interval: 1m
                receivers:
                  - name: hook
                    webhook_configs:
                      - url: %s
                        send_resolved: true
                """.formatted(groupBy, receiverUrl);
    }

    private FaultlineConfig faultline(String topology, NotificationsConfig notifications) throws Exception {
        FaultlineConfig config = FaultlineConfig.defaults()
                .withServer(new ServerConfig("127.0.0.1", 0, 8L * 1024 * 1024))
                .withStorage(new StorageConfig(":memory:"))
                .withNotifications(notifications);
        if (topology != null) {
            Path file = Files.writeString(dir.resolve("topology.yaml"), topology);
            config = config.withTopology(file.toString());
        }
        return config;
    }

    @Test
    void anIncidentIsPostedToAlertmanagerAndResolvedWhenItResolves() throws Exception {
        int amPort = AlertmanagerProcess.freePort();
        NotificationsConfig notifications = new NotificationsConfig("http://127.0.0.1:8080", 1, 100, 10, 200, 2_000, 5_000,
                List.of(new NotifierConfig("am", "alertmanager", "http://127.0.0.1:" + amPort, null, null, null)));
        try (Receiver receiver = new Receiver();
             AlertmanagerProcess am = AlertmanagerProcess.start(dir, amPort, amConfig(receiver.url("/am"), "incident_id"));
             TestServer server = new TestServer(faultline(null, notifications))) {
            long end = Instant.now().toEpochMilli() / STEP_MS * STEP_MS;
            long start = end - 60 * 60_000;
            long spikeFrom = start + 40 * 60_000;
            long spikeTo = spikeFrom + 4 * 60_000;
            ingest(server, start, spikeTo, spikeFrom);

            JsonNode incidents = JSON.readTree(server.get("/api/v1/incidents").body());
            assertEquals(1, incidents.size(), incidents.toString());
            assertEquals("OPEN", incidents.get(0).get("status").asText());
            String id = incidents.get(0).get("id").asText();

            JsonNode firing = awaitAlert(receiver, id, "firing", am);
            JsonNode labels = firing.get("labels");
            assertEquals("FaultlineIncident", labels.get("alertname").asText());
            assertEquals("checkout", labels.get("component").asText());
            assertEquals("warning", labels.get("severity").asText());
            assertTrue(labels.has("fault_kind"), labels.toString());
            assertEquals("http://127.0.0.1:8080/api/v1/incidents/" + id, firing.get("annotations").get("incident_url").asText());
            assertEquals(Instant.ofEpochMilli(incidents.get(0).get("openedAtMs").asLong()), Instant.parse(firing.get("startsAt").asText()));

            ingest(server, spikeTo + STEP_MS, end, Long.MAX_VALUE); // quiet data: the incident resolves
            JsonNode resolved = JSON.readTree(server.get("/api/v1/incidents/" + id).body());
            assertEquals("RESOLVED", resolved.get("status").asText());

            JsonNode ended = awaitAlert(receiver, id, "resolved", am);
            assertEquals(Instant.ofEpochMilli(resolved.get("resolvedAtMs").asLong()), Instant.parse(ended.get("endsAt").asText()));
            assertEquals(0, server.app().notificationStats().notifiers().get(0).failed());
        }
    }

    @Test
    void alertsPostedToAlertmanagerOpenAnIncidentInFaultline() throws Exception {
        String topology = """
                componentLabels: [service]
                components: [{name: cart}, {name: orders}]
                edges: [{caller: orders, callee: cart}]
                """;
        try (TestServer server = new TestServer(faultline(topology, NotificationsConfig.DEFAULTS));
             AlertmanagerProcess am = AlertmanagerProcess.start(dir, AlertmanagerProcess.freePort(),
                     amConfig("http://127.0.0.1:" + server.app().port() + "/api/v1/alerts/alertmanager", "service"))) {
            String startsAt = Instant.now().minusSeconds(20).toString();
            postAlerts(am, """
                    [{"labels":{"alertname":"HighErrorRate","service":"cart","severity":"critical"},"startsAt":"%1$s"},
                     {"labels":{"alertname":"HighLatency","service":"cart","severity":"warning"},"startsAt":"%1$s"}]""".formatted(startsAt));

            JsonNode incident = await("an incident on cart in Faultline", am, () -> {
                for (JsonNode i : JSON.readTree(server.get("/api/v1/incidents").body())) {
                    if (i.get("affectedComponents").toString().equals("[\"cart\"]") && i.get("anomalies").size() == 2) {
                        return i;
                    }
                }
                return null;
            });
            assertEquals("OPEN", incident.get("status").asText());
            assertEquals(List.of("ERRORS", "LATENCY"), incident.get("anomalies").findValuesAsText("signal").stream().sorted().toList());

            String endsAt = Instant.now().minusSeconds(1).toString();
            postAlerts(am, """
                    [{"labels":{"alertname":"HighErrorRate","service":"cart","severity":"critical"},"startsAt":"%s","endsAt":"%s"}]"""
                    .formatted(startsAt, endsAt));
            long endMs = Instant.parse(endsAt).toEpochMilli();
            await("the resolved alert ending its evidence", am, () -> {
                for (JsonNode a : JSON.readTree(server.get("/api/v1/anomalies?component=cart").body())) {
                    if (a.get("series").path("labels").path("alertname").asText().equals("HighErrorRate") && a.get("endMs").asLong() == endMs) {
                        return a;
                    }
                }
                return null;
            });
        }
    }

    /** Pushes a flat noisy signal on two series of {@code checkout}, both shifted from {@code spikeFrom} on. */
    private static void ingest(TestServer server, long fromMs, long toMs, long spikeFrom) throws Exception {
        Random random = new Random(fromMs);
        StringBuilder cpu = new StringBuilder();
        StringBuilder latency = new StringBuilder();
        for (long t = fromMs; t <= toMs; t += STEP_MS) {
            double shift = t >= spikeFrom ? 40 : 0;
            String sep = cpu.isEmpty() ? "" : ",";
            cpu.append(sep).append('[').append(t).append(',').append(50 + shift + random.nextGaussian()).append(']');
            latency.append(sep).append('[').append(t).append(',').append(120 + 3 * shift + 2 * random.nextGaussian()).append(']');
        }
        String body = "{\"series\":[{\"metric\":\"cpu_usage\",\"labels\":{\"service\":\"checkout\"},\"samples\":[" + cpu + "]},"
                + "{\"metric\":\"latency_ms\",\"labels\":{\"service\":\"checkout\"},\"samples\":[" + latency + "]}]}";
        HttpResponse<String> r = server.post("/api/v1/ingest", "application/json", body);
        assertEquals(200, r.statusCode(), r.body());
    }

    private static void postAlerts(AlertmanagerProcess am, String alerts) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(am.url("/api/v2/alerts")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(alerts)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
    }

    /** Waits for Alertmanager to notify the receiver of the incident's alert with {@code status}. */
    private static JsonNode awaitAlert(Receiver receiver, String incidentId, String status, AlertmanagerProcess am) throws Exception {
        Predicate<JsonNode> wanted = a -> incidentId.equals(a.path("labels").path("incident_id").asText())
                && status.equals(a.path("status").asText());
        return await("Alertmanager's " + status + " notification of " + incidentId, am, () -> {
            Receiver.Request r = receiver.next(1);
            if (r == null) {
                return null;
            }
            JsonNode payload = JSON.readTree(r.body());
            assertEquals("4", payload.get("version").asText());
            for (JsonNode alert : payload.get("alerts")) {
                if (wanted.test(alert)) {
                    return alert;
                }
            }
            return null;
        });
    }

    private interface Probe {
        JsonNode poll() throws Exception;
    }

    private static JsonNode await(String what, AlertmanagerProcess am, Probe probe) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode found = probe.poll();
            if (found != null) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + what + " within " + DEADLINE + "; Alertmanager log:\n" + am.log());
    }
}
