package io.faultline.api.alerts;

import io.faultline.api.notify.AlertmanagerNotifier;
import io.faultline.api.pipeline.LivePipeline;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SeriesKey;
import io.faultline.rca.Anomaly;
import io.faultline.rca.Direction;
import io.faultline.rca.SignalKinds;
import io.faultline.rca.topology.Topology;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Takes Alertmanager's webhook notifications as evidence. Each alert's component is the value of
 * the first of the topology's component labels it carries; when the topology declares components
 * it must be one of them. A firing alert becomes an anomaly on series
 * {@code alertmanager_alert{alertname, <component label>, fingerprint}} from its {@code startsAt}
 * to now (so each repeat of the notification extends it), with the signal kind read from the
 * alert's name ({@code HighLatency} is latency) and a fixed peak score of 1 (alerts carry none);
 * a resolved alert ends that anomaly at its {@code endsAt}. The whole payload is checked before
 * anything is applied.
 */
public final class AlertIntakeService {
    /** The metric name of alert evidence series. */
    public static final String ALERT_METRIC = "alertmanager_alert";
    private static final double ALERT_SCORE = 1.0;

    private final LivePipeline pipeline;
    private final Topology topology;
    private final Clock clock;

    public AlertIntakeService(LivePipeline pipeline, Clock clock) {
        this.pipeline = pipeline;
        this.topology = pipeline.topology();
        this.clock = clock;
    }

    /** Validates the payload, then applies its alerts; throws {@link InvalidInputException} naming the field. */
    public AlertIntakeResult accept(AlertmanagerWebhook payload) {
        if (payload == null) {
            throw new InvalidInputException("the body must be an Alertmanager webhook payload (a JSON object)");
        }
        if (!"4".equals(payload.version())) {
            throw new InvalidInputException("version must be \"4\" (Alertmanager's webhook payload), was "
                    + (payload.version() == null ? "missing" : "\"" + payload.version() + "\""));
        }
        status("status", payload.status());
        if (payload.alerts() == null) {
            throw new InvalidInputException("alerts is required");
        }
        long nowMs = clock.millis();
        List<Anomaly> firing = new ArrayList<>();
        List<Anomaly> ended = new ArrayList<>();
        List<AlertIntakeResult.SkippedAlert> skipped = new ArrayList<>();
        int ignored = 0;
        for (int i = 0; i < payload.alerts().size(); i++) {
            String where = "alerts[" + i + "]";
            AlertmanagerWebhook.Alert alert = payload.alerts().get(i);
            if (alert == null) {
                throw new InvalidInputException(where + " must be an object");
            }
            boolean isFiring = status(where + ".status", alert.status()).equals("firing");
            Map<String, String> labels = alert.labels();
            if (labels == null || labels.isEmpty()) {
                throw new InvalidInputException(where + ".labels is required");
            }
            long startsAt = time(where + ".startsAt", alert.startsAt());
            long endsAt = isFiring ? Math.max(startsAt, nowMs) : Math.max(startsAt, time(where + ".endsAt", alert.endsAt()));
            String alertname = labels.getOrDefault("alertname", "");
            if (alertname.equals(AlertmanagerNotifier.ALERT_NAME)) {
                ignored++;
                continue;
            }
            String component = componentOf(labels);
            if (component == null || !known(component)) {
                skipped.add(new AlertIntakeResult.SkippedAlert(i, alertname, alert.fingerprint(), component == null
                        ? "no component label (" + String.join(", ", topology.componentLabels()) + ")"
                        : "component '" + component + "' is not in the topology"));
                continue;
            }
            Anomaly anomaly = new Anomaly(series(alertname, component, alert.fingerprint()), component,
                    SignalKinds.of(alertname.isEmpty() ? ALERT_METRIC : alertname), startsAt, endsAt, ALERT_SCORE, Direction.UP);
            (isFiring ? firing : ended).add(anomaly);
        }
        pipeline.acceptEvidence(firing, ended);
        return new AlertIntakeResult(payload.alerts().size(), firing.size(), ended.size(), skipped.size(), ignored, skipped);
    }

    private String componentOf(Map<String, String> labels) {
        for (String label : topology.componentLabels()) {
            String value = labels.get(label);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** Without declared components every named one is known; with them, only those. */
    private boolean known(String component) {
        return topology.graph().componentNames().isEmpty() || topology.declares(component);
    }

    private SeriesKey series(String alertname, String component, String fingerprint) {
        String label = topology.componentLabels().get(0);
        return fingerprint == null || fingerprint.isBlank()
                ? SeriesKey.of(ALERT_METRIC, "alertname", alertname, label, component)
                : SeriesKey.of(ALERT_METRIC, "alertname", alertname, label, component, "fingerprint", fingerprint);
    }

    private static String status(String field, String value) {
        if (!"firing".equals(value) && !"resolved".equals(value)) {
            throw new InvalidInputException(field + " must be \"firing\" or \"resolved\", was "
                    + (value == null ? "missing" : "\"" + value + "\""));
        }
        return value;
    }

    private static long time(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field + " is required (an RFC 3339 time)");
        }
        try {
            return Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new InvalidInputException(field + " must be an RFC 3339 time, was \"" + value + "\"");
        }
    }
}
