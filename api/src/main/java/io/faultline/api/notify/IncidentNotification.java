package io.faultline.api.notify;

import io.faultline.rca.Incident;
import io.faultline.rca.IncidentStatus;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RecoveryAction;
import java.util.List;
import java.util.Locale;

/**
 * What every notifier says about one incident in one state, independent of any vendor's format.
 * Times are epoch milliseconds of data time; {@code endsAtMs} is 0 while firing.
 *
 * @param incidentId        the incident's id
 * @param state             its lifecycle status
 * @param firing            false once resolved
 * @param component         the top suspected cause, else the first affected component, else {@code unknown}
 * @param faultKind         the top cause's fault kind, lower case ({@code unknown} before a diagnosis)
 * @param severity          {@code critical} (3 or more affected components), {@code error} (2) or {@code warning} (1)
 * @param summary           one line for humans
 * @param topCauses         up to three causes, strongest first, as {@code component (fault kind, score s)}
 * @param suggestedRecovery the first suggested recovery as {@code kind target: rationale}, or empty
 * @param link              the incident's URL on this server
 * @param escalation        empty, or why an automatic recovery of the incident failed and people must take
 *                          over (an escalation is sent in the incident's current state, past de-duplication)
 */
public record IncidentNotification(
        String incidentId,
        IncidentStatus state,
        boolean firing,
        long startsAtMs,
        long endsAtMs,
        String component,
        String faultKind,
        String severity,
        String summary,
        List<String> topCauses,
        String suggestedRecovery,
        List<String> affectedComponents,
        String link,
        String escalation) {

    public IncidentNotification {
        if (incidentId == null || incidentId.isBlank()) {
            throw new IllegalArgumentException("incidentId is required");
        }
        if (firing == (state == IncidentStatus.RESOLVED)) {
            throw new IllegalArgumentException("firing must be " + !firing + " in state " + state);
        }
        topCauses = List.copyOf(topCauses);
        affectedComponents = List.copyOf(affectedComponents);
        escalation = escalation == null ? "" : escalation;
    }

    /** The notification for an incident snapshot; {@code externalUrl} is this server's base URL. */
    public static IncidentNotification of(Incident incident, String externalUrl) {
        List<String> affected = incident.affectedComponents().stream().filter(c -> c != null).toList();
        RankedCause top = incident.causes().isEmpty() ? null : incident.causes().get(0);
        String component = top != null ? top.component() : affected.isEmpty() ? "unknown" : affected.get(0);
        String faultKind = top == null ? "unknown" : top.faultKind().name().toLowerCase(Locale.ROOT);
        int spread = affected.size();
        String severity = spread >= 3 ? "critical" : spread == 2 ? "error" : "warning";
        boolean resolved = incident.status() == IncidentStatus.RESOLVED;
        List<String> causes = incident.causes().stream().limit(3)
                .map(c -> c.component() + " (" + c.faultKind().name().toLowerCase(Locale.ROOT)
                        + ", score " + String.format(Locale.ROOT, "%.2f", c.score()) + ")")
                .toList();
        String recovery = incident.recoveries().isEmpty() ? "" : describe(incident.recoveries().get(0));
        String summary = (resolved ? "Resolved: " : "")
                + (top == null ? "anomalies on " + String.join(", ", affected.isEmpty() ? List.of("unknown") : affected)
                        : component + " suspected (" + faultKind + "), " + spread + " component" + (spread == 1 ? "" : "s") + " affected")
                + " [" + incident.id() + "]";
        return new IncidentNotification(incident.id(), incident.status(), !resolved, incident.openedAtMs(),
                resolved ? incident.resolvedAtMs() : 0, component, faultKind, severity, summary, causes, recovery,
                affected, externalUrl + "/api/v1/incidents/" + incident.id(), "");
    }

    /** This notification as the escalation of a failed recovery: the reason, and a summary that leads with it. */
    public IncidentNotification escalated(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an escalation needs a reason");
        }
        return new IncidentNotification(incidentId, state, firing, startsAtMs, endsAtMs, component, faultKind, severity,
                "Recovery escalated: " + reason + " [" + incidentId + "]", topCauses, suggestedRecovery, affectedComponents,
                link, reason);
    }

    /** Whether this is an escalation rather than a lifecycle step. */
    public boolean isEscalation() {
        return !escalation.isEmpty();
    }

    private static String describe(RecoveryAction a) {
        return a.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + a.target()
                + (a.rationale() == null || a.rationale().isBlank() ? "" : ": " + a.rationale());
    }

    /** The state as notifiers spell it: {@code open}, {@code acknowledged}, {@code mitigating}, {@code resolved}. */
    public String stateName() {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
