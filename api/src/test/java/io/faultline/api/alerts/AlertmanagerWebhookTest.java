package io.faultline.api.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import io.faultline.api.notify.WebhookSignature;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/v1/alerts/alertmanager} on a real server: firing alerts open an incident on the
 * component they name, which the signed webhook notifier announces to a local receiver; bad
 * payloads get 400 naming the field; alerts naming no known component are counted, not errors.
 */
class AlertmanagerWebhookTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/api/v1/alerts/alertmanager";

    @TempDir
    Path dir;

    private TestServer server(Receiver receiver) throws Exception {
        Path topology = dir.resolve("topology.yaml");
        Files.writeString(topology, """
                componentLabels: [service, job]
                components: [{name: cart}, {name: orders}]
                edges: [{caller: orders, callee: cart}]
                """);
        Path secret = dir.resolve("hook.secret");
        Files.writeString(secret, "s3cret\n");
        NotificationsConfig notifications = NotificationsConfig.DEFAULTS.withNotifiers(List.of(
                new NotifierConfig("hook", "webhook", receiver.url("/hook"), null, null, secret.toString())));
        return new TestServer(FaultlineConfig.defaults()
                .withServer(new ServerConfig("127.0.0.1", 0, 64 * 1024))
                .withStorage(new StorageConfig(":memory:"))
                .withTopology(topology.toString())
                .withNotifications(notifications));
    }

    private static String alert(String status, String alertname, String labelName, String component, String startsAt, String endsAt) {
        return """
                {"status":"%s","labels":{"alertname":"%s","%s":"%s","severity":"critical"},
                 "annotations":{"summary":"something"},"startsAt":"%s","endsAt":"%s",
                 "generatorURL":"http://prometheus:9090/graph","fingerprint":"%s"}"""
                .formatted(status, alertname, labelName, component, startsAt, endsAt, Integer.toHexString((alertname + component).hashCode()));
    }

    private static String payload(String status, String... alerts) {
        return """
                {"version":"4","groupKey":"{}:{service=\\"cart\\"}","truncatedAlerts":0,"status":"%s","receiver":"faultline",
                 "groupLabels":{"service":"cart"},"commonLabels":{},"commonAnnotations":{},"externalURL":"http://am:9093",
                 "alerts":[%s]}""".formatted(status, String.join(",", alerts));
    }

    @Test
    void firingAlertsOpenAnIncidentThatTheWebhookAnnounces() throws Exception {
        String start = Instant.now().minusSeconds(30).toString();
        try (Receiver receiver = new Receiver(); TestServer server = server(receiver)) {
            HttpResponse<String> r = server.post(PATH, "application/json", payload("firing",
                    alert("firing", "HighErrorRate", "service", "cart", start, "0001-01-01T00:00:00Z"),
                    alert("firing", "HighLatency", "job", "cart", start, "0001-01-01T00:00:00Z"),
                    alert("firing", "DiskFull", "service", "billing", start, "0001-01-01T00:00:00Z"),
                    alert("firing", "NoComponent", "instance", "10.0.0.1:9100", start, "0001-01-01T00:00:00Z"),
                    alert("firing", "FaultlineIncident", "service", "cart", start, "0001-01-01T00:00:00Z")));
            assertEquals(200, r.statusCode(), r.body());
            JsonNode result = JSON.readTree(r.body());
            assertEquals(JSON.readTree("""
                    {"received":5,"firing":2,"resolved":0,"unknownComponent":2,"ignored":1,"skipped":[
                      {"index":2,"alertname":"DiskFull","fingerprint":"%s","reason":"component 'billing' is not in the topology"},
                      {"index":3,"alertname":"NoComponent","fingerprint":"%s","reason":"no component label (service, job)"}]}"""
                    .formatted(Integer.toHexString("DiskFullbilling".hashCode()), Integer.toHexString("NoComponent10.0.0.1:9100".hashCode()))),
                    result);

            JsonNode incidents = JSON.readTree(server.get("/api/v1/incidents").body());
            assertEquals(1, incidents.size(), incidents.toString());
            assertEquals(List.of("cart"), JSON.convertValue(incidents.get(0).get("affectedComponents"), List.class));
            assertEquals(2, incidents.get(0).get("anomalies").size());
            String id = incidents.get(0).get("id").asText();

            Receiver.Request hook = receiver.next(10);
            assertNotNull(hook, "the webhook notifier announced the incident");
            assertEquals("incident.open", hook.header("X-Faultline-Event"));
            assertTrue(WebhookSignature.verify("s3cret".getBytes(StandardCharsets.UTF_8), hook.header("X-Faultline-Timestamp"),
                    hook.header("X-Faultline-Signature"), hook.body(), Instant.now().getEpochSecond(), 300));
            JsonNode body = JSON.readTree(hook.body());
            assertEquals(id, body.get("incident").get("id").asText());
            assertEquals("cart", body.get("incident").get("component").asText());

            String end = Instant.now().toString();
            JsonNode resolved = JSON.readTree(server.post(PATH, "application/json; charset=utf-8", payload("resolved",
                    alert("resolved", "HighErrorRate", "service", "cart", start, end))).body());
            assertEquals(1, resolved.get("resolved").asInt());
            assertEquals(1, server.app().notificationStats().published());
        }
    }

    @Test
    void aResolvedAlertWithoutAnActiveIncidentOpensNothing() throws Exception {
        try (Receiver receiver = new Receiver(); TestServer server = server(receiver)) {
            String start = Instant.now().minusSeconds(3600).toString();
            HttpResponse<String> r = server.post(PATH, "application/json", payload("resolved",
                    alert("resolved", "HighErrorRate", "service", "cart", start, Instant.now().toString()),
                    alert("resolved", "HighLatency", "service", "cart", start, Instant.now().toString())));
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(2, JSON.readTree(r.body()).get("resolved").asInt());
            assertEquals(0, JSON.readTree(server.get("/api/v1/incidents").body()).size());
            assertEquals(0, server.app().notificationStats().published());
        }
    }

    @Test
    void badPayloadsAreRejectedNamingTheField() throws Exception {
        try (Receiver receiver = new Receiver(); TestServer server = server(receiver)) {
            Map<String, String> cases = Map.of(
                    "{\"version\":\"3\",\"status\":\"firing\",\"alerts\":[]}",
                    "version must be \"4\" (Alertmanager's webhook payload), was \"3\"",
                    "{\"version\":\"4\",\"status\":\"burning\",\"alerts\":[]}",
                    "status must be \"firing\" or \"resolved\", was \"burning\"",
                    "{\"version\":\"4\",\"status\":\"firing\"}",
                    "alerts is required",
                    payload("firing", alert("firing", "X", "service", "cart", "yesterday", "0001-01-01T00:00:00Z")),
                    "alerts[0].startsAt must be an RFC 3339 time, was \"yesterday\"",
                    payload("resolved", alert("resolved", "X", "service", "cart", "2026-01-01T00:00:00Z", "")),
                    "alerts[0].endsAt is required (an RFC 3339 time)",
                    "{\"version\":\"4\",\"status\":\"firing\",\"alerts\":[{\"status\":\"firing\",\"startsAt\":\"2026-01-01T00:00:00Z\"}]}",
                    "alerts[0].labels is required",
                    "{\"version\":\"4\",\"alerts\":{}}",
                    "alerts: Cannot deserialize value of type `java.util.ArrayList<io.faultline.api.alerts.AlertmanagerWebhook$Alert>` from Object value (token `JsonToken.START_OBJECT`)");
            for (Map.Entry<String, String> c : cases.entrySet()) {
                HttpResponse<String> r = server.post(PATH, "application/json", c.getKey());
                assertEquals(400, r.statusCode(), r.body());
                assertEquals(c.getValue(), JSON.readTree(r.body()).get("message").asText(), c.getKey());
            }
            assertEquals(0, JSON.readTree(server.get("/api/v1/incidents").body()).size());
        }
    }
}
