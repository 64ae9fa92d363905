package io.faultline.api.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.rca.IncidentStatus;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each notifier's exact request, as received by a local HTTP server: method, path, headers and
 * body as the vendors document them (Alertmanager API v2 postableAlerts, Slack incoming webhooks
 * with Block Kit, PagerDuty Events API v2), and the webhook's signature.
 */
class NotifierPayloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_700_000_500L), ZoneOffset.UTC);

    private Receiver receiver;
    private final Transport transport = Transport.of(HttpClient.newHttpClient());

    @BeforeEach
    void start() {
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private Receiver.Request deliver(Notifier notifier, IncidentStatus status) throws Exception {
        assertEquals(200, transport.send(notifier.request(Incidents.notification(status)).orElseThrow()).status());
        return receiver.next(5);
    }

    private static void assertJson(String expected, Receiver.Request r) throws Exception {
        assertEquals(JSON.readTree(expected), JSON.readTree(r.body()), r.bodyText());
        assertEquals("POST", r.method());
        assertEquals("application/json", r.header("Content-Type"));
    }

    @Test
    void alertmanagerPostsAPostableAlertArrayAndEndsAtOnceResolved() throws Exception {
        Notifier am = new AlertmanagerNotifier("am", receiver.url("/am/"), 60_000, TIMEOUT);
        Receiver.Request firing = deliver(am, IncidentStatus.OPEN);
        assertEquals("/am/api/v2/alerts", firing.path());
        assertJson("""
                [{"labels":{"alertname":"FaultlineIncident","incident_id":"inc-1700000000000-1","component":"cart",
                            "fault_kind":"memory","severity":"error"},
                  "annotations":{"summary":"cart suspected (memory), 2 components affected [inc-1700000000000-1]",
                                 "top_causes":"cart (memory, score 0.90); orders (latency, score 0.40)",
                                 "suggested_recovery":"restart cart: memory grows & <never> frees",
                                 "incident_url":"http://faultline.test:8080/api/v1/incidents/inc-1700000000000-1",
                                 "state":"open"},
                  "generatorURL":"http://faultline.test:8080/api/v1/incidents/inc-1700000000000-1",
                  "startsAt":"2023-11-14T22:13:20Z"}]""", firing);

        JsonNode resolved = JSON.readTree(deliver(am, IncidentStatus.RESOLVED).body()).get(0);
        assertEquals("2023-11-14T22:19:20Z", resolved.get("endsAt").asText());
        assertEquals("2023-11-14T22:13:20Z", resolved.get("startsAt").asText());
        assertEquals("resolved", resolved.get("annotations").get("state").asText());
    }

    @Test
    void slackGetsTextAndBlocksWithMrkdwnEscaped() throws Exception {
        Receiver.Request r = deliver(new SlackNotifier("slack", receiver.url("/services/T000/B000/XXXX"), TIMEOUT), IncidentStatus.OPEN);
        assertEquals("/services/T000/B000/XXXX", r.path());
        assertJson("""
                {"text":"[OPEN] cart suspected (memory), 2 components affected [inc-1700000000000-1]",
                 "blocks":[
                  {"type":"header","text":{"type":"plain_text","text":"Faultline incident inc-1700000000000-1 is open"}},
                  {"type":"section","text":{"type":"mrkdwn","text":"cart suspected (memory), 2 components affected [inc-1700000000000-1]"},
                   "fields":[{"type":"mrkdwn","text":"*Component*\\ncart"},{"type":"mrkdwn","text":"*Fault kind*\\nmemory"},
                             {"type":"mrkdwn","text":"*Severity*\\nerror"},{"type":"mrkdwn","text":"*State*\\nopen"}]},
                  {"type":"section","text":{"type":"mrkdwn","text":"*Top causes*\\n• cart (memory, score 0.90)\\n• orders (latency, score 0.40)\\n*Suggested recovery*\\nrestart cart: memory grows &amp; &lt;never&gt; frees"}},
                  {"type":"context","elements":[{"type":"mrkdwn","text":"<http://faultline.test:8080/api/v1/incidents/inc-1700000000000-1|Open inc-1700000000000-1 in Faultline>"}]}
                 ]}""", r);
    }

    @Test
    void pagerDutyTriggersAcknowledgesAndResolvesWithOneDedupKey() throws Exception {
        Notifier pd = new PagerDutyNotifier("pd", receiver.url(""), "R0UT1NGKEY", TIMEOUT);
        Receiver.Request trigger = deliver(pd, IncidentStatus.OPEN);
        assertEquals("/v2/enqueue", trigger.path());
        assertJson("""
                {"routing_key":"R0UT1NGKEY","event_action":"trigger","dedup_key":"faultline/inc-1700000000000-1",
                 "payload":{"summary":"cart suspected (memory), 2 components affected [inc-1700000000000-1]",
                            "source":"faultline","severity":"error","timestamp":"2023-11-14T22:13:20Z",
                            "component":"cart","class":"memory",
                            "custom_details":{"incident_id":"inc-1700000000000-1",
                                              "top_causes":["cart (memory, score 0.90)","orders (latency, score 0.40)"],
                                              "suggested_recovery":"restart cart: memory grows & <never> frees",
                                              "affected_components":["cart","orders"]}},
                 "client":"Faultline","client_url":"http://faultline.test:8080/api/v1/incidents/inc-1700000000000-1",
                 "links":[{"href":"http://faultline.test:8080/api/v1/incidents/inc-1700000000000-1","text":"Faultline incident inc-1700000000000-1"}]}""",
                trigger);
        assertJson("""
                {"routing_key":"R0UT1NGKEY","event_action":"acknowledge","dedup_key":"faultline/inc-1700000000000-1"}""",
                deliver(pd, IncidentStatus.ACKNOWLEDGED));
        assertJson("""
                {"routing_key":"R0UT1NGKEY","event_action":"resolve","dedup_key":"faultline/inc-1700000000000-1"}""",
                deliver(pd, IncidentStatus.RESOLVED));
        assertTrue(pd.request(Incidents.notification(IncidentStatus.MITIGATING)).isEmpty());
    }

    @Test
    void webhookIsSignedOverTheTimestampAndTheExactBody() throws Exception {
        byte[] secret = "test-secret".getBytes(StandardCharsets.UTF_8);
        Receiver.Request r = deliver(new WebhookNotifier("hook", receiver.url("/hooks/faultline"), secret, CLOCK, TIMEOUT),
                IncidentStatus.RESOLVED);
        assertEquals("/hooks/faultline", r.path());
        assertEquals("incident.resolved", r.header("X-Faultline-Event"));
        assertEquals("1700000500", r.header("X-Faultline-Timestamp"));
        assertEquals(WebhookSignature.sign(secret, 1_700_000_500L, r.body()), r.header("X-Faultline-Signature"));
        assertTrue(WebhookSignature.verify(secret, r.header("X-Faultline-Timestamp"), r.header("X-Faultline-Signature"),
                r.body(), 1_700_000_560L, 300));
        assertJson("""
                {"version":"1","event":"incident.resolved",
                 "incident":{"id":"inc-1700000000000-1","state":"resolved","firing":false,
                             "startsAt":"2023-11-14T22:13:20Z","endsAt":"2023-11-14T22:19:20Z",
                             "component":"cart","faultKind":"memory","severity":"error",
                             "summary":"Resolved: cart suspected (memory), 2 components affected [inc-1700000000000-1]",
                             "topCauses":["cart (memory, score 0.90)","orders (latency, score 0.40)"],
                             "suggestedRecovery":"restart cart: memory grows & <never> frees",
                             "affectedComponents":["cart","orders"],
                             "link":"http://faultline.test:8080/api/v1/incidents/inc-1700000000000-1"}}""", r);
    }

    @Test
    void signatureMatchesAnIndependentHmacAndRejectsTamperingAndReplay() {
        byte[] secret = "test-secret".getBytes(StandardCharsets.UTF_8);
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        // printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac test-secret
        String expected = "sha256=8cb2c3355fca388e9ac2caec004f4d5d7045d74937ab5faad61dc11682247a9f";
        assertEquals(expected, WebhookSignature.sign(secret, 1_700_000_000L, body));
        assertTrue(WebhookSignature.verify(secret, "1700000000", expected, body, 1_700_000_299L, 300));
        assertFalse(WebhookSignature.verify(secret, "1700000000", expected, "{\"a\":2}".getBytes(StandardCharsets.UTF_8), 1_700_000_000L, 300));
        assertFalse(WebhookSignature.verify(secret, "1700000001", expected, body, 1_700_000_000L, 300));
        assertFalse(WebhookSignature.verify(secret, "1700000000", expected, body, 1_700_000_301L, 300));
        assertFalse(WebhookSignature.verify("other".getBytes(StandardCharsets.UTF_8), "1700000000", expected, body, 1_700_000_000L, 300));
    }
}
