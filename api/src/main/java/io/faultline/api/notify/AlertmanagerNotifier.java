package io.faultline.api.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * Posts incidents to Alertmanager's API v2 ({@code POST <url>/api/v2/alerts}, a JSON array of
 * {@code postableAlert}) as alert {@value #ALERT_NAME}, one alert per incident (its labels include
 * {@code incident_id}, so Alertmanager tells incidents apart). A firing incident has no
 * {@code endsAt} and is re-sent every resend interval, as Alertmanager expects of its clients;
 * the resolved one carries {@code endsAt}.
 */
public final class AlertmanagerNotifier implements Notifier {
    /** The {@code alertname} label of every alert Faultline posts; its own webhook ignores these. */
    public static final String ALERT_NAME = "FaultlineIncident";

    private final String name;
    private final URI endpoint;
    private final long resendIntervalMs;
    private final Duration timeout;

    public AlertmanagerNotifier(String name, String baseUrl, long resendIntervalMs, Duration timeout) {
        this.name = name;
        this.endpoint = Requests.join(baseUrl, "/api/v2/alerts");
        this.resendIntervalMs = resendIntervalMs;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return "alertmanager";
    }

    @Override
    public long resendIntervalMs() {
        return resendIntervalMs;
    }

    @Override
    public Optional<HttpRequest> request(IncidentNotification n) {
        return Optional.of(Requests.jsonPost(endpoint, timeout, Requests.bytes(body(n))).build());
    }

    /** The request body: an array holding this incident's alert. */
    static ArrayNode body(IncidentNotification n) {
        ObjectNode alert = JsonNodeFactory.instance.objectNode();
        ObjectNode labels = alert.putObject("labels");
        labels.put("alertname", ALERT_NAME);
        labels.put("incident_id", n.incidentId());
        labels.put("component", n.component());
        labels.put("fault_kind", n.faultKind());
        labels.put("severity", n.severity());
        ObjectNode annotations = alert.putObject("annotations");
        annotations.put("summary", n.summary());
        putIfNotEmpty(annotations, "top_causes", String.join("; ", n.topCauses()));
        putIfNotEmpty(annotations, "suggested_recovery", n.suggestedRecovery());
        annotations.put("incident_url", n.link());
        annotations.put("state", n.stateName());
        if (n.isEscalation()) {
            annotations.put("escalation", n.escalation());
        }
        alert.put("generatorURL", n.link());
        alert.put("startsAt", Requests.rfc3339(n.startsAtMs()));
        if (!n.firing()) {
            alert.put("endsAt", Requests.rfc3339(Math.max(n.endsAtMs(), n.startsAtMs())));
        }
        return JsonNodeFactory.instance.arrayNode().add(alert);
    }

    private static void putIfNotEmpty(ObjectNode node, String key, String value) {
        if (!value.isEmpty()) {
            node.put(key, value);
        }
    }
}
