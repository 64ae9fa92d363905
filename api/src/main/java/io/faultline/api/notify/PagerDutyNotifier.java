package io.faultline.api.notify;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.faultline.rca.IncidentStatus;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * PagerDuty Events API v2 ({@code POST <url>/v2/enqueue}): {@code trigger} when an incident
 * opens, {@code acknowledge} when it is acknowledged, {@code resolve} when it resolves, all with
 * the {@code dedup_key} {@code faultline/<incident id>} so PagerDuty folds them into one alert.
 * {@code mitigating} is not sent: PagerDuty has no such state. The base URL is configurable
 * (default {@code https://events.pagerduty.com}) so tests and proxies can stand in.
 */
public final class PagerDutyNotifier implements Notifier {
    public static final String DEFAULT_URL = "https://events.pagerduty.com";

    private final String name;
    private final URI endpoint;
    private final String routingKey;
    private final Duration timeout;

    public PagerDutyNotifier(String name, String baseUrl, String routingKey, Duration timeout) {
        if (routingKey.isBlank()) {
            throw new IllegalArgumentException("pagerduty " + name + ": the routing key is empty");
        }
        this.name = name;
        this.endpoint = Requests.join(baseUrl, "/v2/enqueue");
        this.routingKey = routingKey;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return "pagerduty";
    }

    @Override
    public Optional<HttpRequest> request(IncidentNotification n) {
        return body(n, routingKey).map(b -> Requests.jsonPost(endpoint, timeout, Requests.bytes(b)).build());
    }

    static String dedupKey(String incidentId) {
        return "faultline/" + incidentId;
    }

    static Optional<ObjectNode> body(IncidentNotification n, String routingKey) {
        String action = n.isEscalation() && n.firing() ? "trigger" : switch (n.state()) {
            case OPEN -> "trigger";
            case ACKNOWLEDGED -> "acknowledge";
            case RESOLVED -> "resolve";
            case MITIGATING -> null;
        };
        if (action == null) {
            return Optional.empty();
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("routing_key", routingKey);
        root.put("event_action", action);
        root.put("dedup_key", dedupKey(n.incidentId()));
        if (!action.equals("trigger")) {
            return Optional.of(root); // acknowledge and resolve carry nothing else
        }
        ObjectNode payload = root.putObject("payload");
        payload.put("summary", n.summary().length() > 1024 ? n.summary().substring(0, 1024) : n.summary());
        payload.put("source", "faultline");
        payload.put("severity", n.isEscalation() ? "critical" : n.severity());
        payload.put("timestamp", Requests.rfc3339(n.startsAtMs()));
        payload.put("component", n.component());
        payload.put("class", n.faultKind());
        ObjectNode details = payload.putObject("custom_details");
        details.put("incident_id", n.incidentId());
        n.topCauses().forEach(details.putArray("top_causes")::add);
        details.put("suggested_recovery", n.suggestedRecovery());
        if (n.isEscalation()) {
            details.put("escalation", n.escalation());
        }
        n.affectedComponents().forEach(details.putArray("affected_components")::add);
        root.put("client", "Faultline");
        root.put("client_url", n.link());
        root.putArray("links").addObject().put("href", n.link()).put("text", "Faultline incident " + n.incidentId());
        return Optional.of(root);
    }
}
