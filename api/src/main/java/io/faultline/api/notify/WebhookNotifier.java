package io.faultline.api.notify;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Posts every incident state to any HTTP endpoint as Faultline's own JSON
 * ({@code {"version":"1","event":"incident.<state>","incident":{...}}}), signed with
 * {@link WebhookSignature} so the receiver can check it came from here and is fresh.
 */
public final class WebhookNotifier implements Notifier {
    private final String name;
    private final URI url;
    private final byte[] secret;
    private final Clock clock;
    private final Duration timeout;

    public WebhookNotifier(String name, String url, byte[] secret, Clock clock, Duration timeout) {
        if (secret.length == 0) {
            throw new IllegalArgumentException("webhook " + name + ": the signing secret is empty");
        }
        this.name = name;
        this.url = URI.create(url);
        this.secret = secret.clone();
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return "webhook";
    }

    @Override
    public Optional<HttpRequest> request(IncidentNotification n) {
        byte[] body = Requests.bytes(body(n));
        long timestamp = clock.millis() / 1000;
        return Optional.of(Requests.jsonPost(url, timeout, body)
                .header("X-Faultline-Event", event(n))
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
                .build());
    }

    static ObjectNode body(IncidentNotification n) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("version", "1");
        root.put("event", event(n));
        ObjectNode inc = root.putObject("incident");
        inc.put("id", n.incidentId());
        inc.put("state", n.stateName());
        inc.put("firing", n.firing());
        inc.put("startsAt", Requests.rfc3339(n.startsAtMs()));
        if (n.firing()) {
            inc.putNull("endsAt");
        } else {
            inc.put("endsAt", Requests.rfc3339(n.endsAtMs()));
        }
        inc.put("component", n.component());
        inc.put("faultKind", n.faultKind());
        inc.put("severity", n.severity());
        inc.put("summary", n.summary());
        n.topCauses().forEach(inc.putArray("topCauses")::add);
        inc.put("suggestedRecovery", n.suggestedRecovery());
        n.affectedComponents().forEach(inc.putArray("affectedComponents")::add);
        inc.put("link", n.link());
        if (n.isEscalation()) {
            inc.put("escalation", n.escalation());
        }
        return root;
    }

    /** {@code incident.<state>}, or {@code incident.escalated} for a failed recovery. */
    static String event(IncidentNotification n) {
        return "incident." + (n.isEscalation() ? "escalated" : n.stateName());
    }
}
