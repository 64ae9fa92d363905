package io.faultline.api.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The firing incidents a target must hear about again every {@code intervalMs}, with the latest
 * content of each: Alertmanager resolves an alert its client stops re-sending. Not thread-safe;
 * owned by one {@link NotifierChannel}'s thread (and tests).
 */
final class FiringAlerts {
    private final long intervalMs;
    private final Map<String, Entry> byIncident = new LinkedHashMap<>();

    private static final class Entry {
        IncidentNotification latest;
        long lastSentMs;

        Entry(IncidentNotification latest, long lastSentMs) {
            this.latest = latest;
            this.lastSentMs = lastSentMs;
        }
    }

    FiringAlerts(long intervalMs) {
        if (intervalMs < 1) {
            throw new IllegalArgumentException("resend interval must be >= 1 ms, was " + intervalMs);
        }
        this.intervalMs = intervalMs;
    }

    /** Records that {@code n} was just sent: tracked while firing, forgotten once resolved. */
    void sent(IncidentNotification n, long nowMs) {
        if (n.firing()) {
            byIncident.put(n.incidentId(), new Entry(n, nowMs));
        } else {
            byIncident.remove(n.incidentId());
        }
    }

    /** Newer content for a tracked incident (same state), used by the next re-send. */
    void refresh(IncidentNotification n) {
        Entry e = byIncident.get(n.incidentId());
        if (e != null && n.state() == e.latest.state()) { // a late refresh must not undo a newer state
            e.latest = n;
        }
    }

    /** The notifications due again at {@code nowMs}, marked as sent now. */
    List<IncidentNotification> due(long nowMs) {
        List<IncidentNotification> out = new ArrayList<>();
        for (Entry e : byIncident.values()) {
            if (nowMs - e.lastSentMs >= intervalMs) {
                out.add(e.latest);
                e.lastSentMs = nowMs;
            }
        }
        return out;
    }

    /** How long until the next one is due (at most the interval; 0 when one is due already). */
    long msUntilNextDue(long nowMs) {
        long wait = intervalMs;
        for (Entry e : byIncident.values()) {
            wait = Math.min(wait, Math.max(0, e.lastSentMs + intervalMs - nowMs));
        }
        return wait;
    }

    int size() {
        return byIncident.size();
    }
}
