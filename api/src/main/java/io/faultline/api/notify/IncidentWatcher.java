package io.faultline.api.notify;

import io.faultline.rca.Incident;
import io.faultline.rca.IncidentStatus;
import io.faultline.rca.incident.IncidentCorrelator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns incident changes into notifications by comparing snapshots: run after every accepted
 * batch, it publishes a new incident, a changed status or diagnosis, and a resolution (an
 * incident that left the active list). A stand-in until the incident lifecycle reports its
 * transitions itself; the dispatcher drops repeats of a state either way.
 */
public final class IncidentWatcher implements Runnable {
    private final IncidentCorrelator incidents;
    private final Consumer<IncidentNotification> publish;
    private final String externalUrl;
    private final Map<String, Incident> known = new HashMap<>();

    /** @param publish where notifications go, normally {@link NotificationDispatcher#publish} */
    public IncidentWatcher(IncidentCorrelator incidents, Consumer<IncidentNotification> publish, String externalUrl) {
        this.incidents = incidents;
        this.publish = publish;
        this.externalUrl = externalUrl;
    }

    @Override
    public synchronized void run() {
        List<Incident> active = incidents.active();
        Set<String> ids = new HashSet<>();
        for (Incident now : active) {
            ids.add(now.id());
            Incident before = known.put(now.id(), now);
            if (before == null || before.status() != now.status() || !before.causes().equals(now.causes())
                    || !before.recoveries().equals(now.recoveries())) {
                publish.accept(IncidentNotification.of(now, externalUrl));
            }
        }
        for (Iterator<Incident> it = known.values().iterator(); it.hasNext(); ) {
            Incident last = it.next();
            if (!ids.contains(last.id())) {
                it.remove();
                // with resolvedHistory 0 the correlator forgets at once; a resolve must still go out
                long nowMs = incidents.nowMs();
                Incident resolved = incidents.find(last.id()).filter(i -> i.status() == IncidentStatus.RESOLVED)
                        .orElse(new Incident(last.id(), IncidentStatus.RESOLVED, last.openedAtMs(), nowMs, nowMs,
                                last.anomalies(), last.causes(), last.recoveries()));
                publish.accept(IncidentNotification.of(resolved, externalUrl));
            }
        }
    }
}
