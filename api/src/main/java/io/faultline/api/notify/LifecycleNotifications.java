package io.faultline.api.notify;

import io.faultline.api.recovery.Escalation;
import io.faultline.api.recovery.RecoveryListener;
import io.faultline.rca.Incident;
import io.faultline.rca.incident.IncidentListener;
import io.faultline.rca.incident.Transition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the incident lifecycle's transitions into notifications, one per step, in order (the
 * dispatcher drops a repeat of an incident's last state). An automatic step (actor
 * {@value Transition#SYSTEM}) is held until the end of the batch that caused it ({@link #afterBatch}),
 * so that an incident's opening goes out with the diagnosis the same batch attached; a person's step
 * goes out at once. After each batch a changed diagnosis of a firing incident refreshes what
 * Alertmanager is re-sent, without a new announcement. An incident restored after a restart is
 * announced at the first batch, as it was before. A recovery's escalation goes to every target.
 */
public final class LifecycleNotifications implements IncidentListener, RecoveryListener {
    private static final Logger LOG = LoggerFactory.getLogger(LifecycleNotifications.class);

    private final Function<String, Optional<Incident>> incidents;
    private final NotificationDispatcher dispatcher;
    private final String externalUrl;
    private final List<Incident> held = new ArrayList<>();
    private final Map<String, IncidentNotification> lastContent = new HashMap<>();

    /**
     * @param incidents   finds an incident's latest snapshot (the correlator's {@code find})
     * @param externalUrl this server's base URL, for the incidents' links
     */
    public LifecycleNotifications(Function<String, Optional<Incident>> incidents, NotificationDispatcher dispatcher,
                                  String externalUrl) {
        this.incidents = incidents;
        this.dispatcher = dispatcher;
        this.externalUrl = externalUrl;
    }

    /** Called by the correlator with its lock held: only queues, or publishes (never blocks). */
    @Override
    public void onTransition(Incident incident, Transition transition) {
        synchronized (held) {
            held.add(incident);
            if (!Transition.SYSTEM.equals(transition.actor())) {
                publishHeld(Map.of());
            }
        }
    }

    /**
     * After each batch, with the incidents still active: publishes the held automatic steps with
     * their newest diagnosis, then refreshes changed diagnoses, and announces an active incident
     * that reached this process without a transition (restored after a restart). It reads only {@code active}, never
     * the correlator, so it cannot deadlock with a person's step arriving meanwhile.
     */
    public void afterBatch(List<Incident> active) {
        Map<String, Incident> latest = new HashMap<>();
        active.forEach(i -> latest.put(i.id(), i));
        synchronized (held) {
            publishHeld(latest);
            for (Incident incident : active) {
                IncidentNotification n = IncidentNotification.of(incident, externalUrl);
                IncidentNotification before = lastContent.put(incident.id(), n);
                if (before == null) {
                    // active without a transition seen here: restored after a restart, so the targets
                    // (Alertmanager's re-sends above all) hear of it again; the dispatcher drops repeats
                    dispatcher.publish(n);
                } else if (!before.equals(n)) {
                    dispatcher.refresh(n);
                }
            }
            lastContent.keySet().retainAll(active.stream().map(Incident::id).toList());
        }
    }

    @Override
    public void escalated(Escalation e) {
        Optional<Incident> incident = incidents.apply(e.incidentId());
        if (incident.isEmpty()) {
            LOG.warn("recovery escalation for incident {} not sent: the incident is no longer kept", e.incidentId());
            return;
        }
        dispatcher.escalate(IncidentNotification.of(incident.get(), externalUrl).escalated(e.reason()));
    }

    /** Publishes the held steps in order, each in its own state, with the diagnosis of {@code latest} when it has one. */
    private void publishHeld(Map<String, Incident> latest) {
        for (Incident step : held) {
            Incident content = latest.getOrDefault(step.id(), step);
            IncidentNotification n = IncidentNotification.of(new Incident(step.id(), step.status(), step.openedAtMs(),
                    step.updatedAtMs(), step.resolvedAtMs(), content.anomalies(), content.causes(), content.recoveries()),
                    externalUrl);
            dispatcher.publish(n);
            lastContent.put(step.id(), n);
        }
        held.clear();
    }
}
