package io.faultline.api.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.faultline.rca.IncidentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Alertmanager re-send bookkeeping on a hand-driven clock. */
class FiringAlertsTest {
    static IncidentNotification notification(String id, IncidentStatus state, String summary) {
        boolean firing = state != IncidentStatus.RESOLVED;
        return new IncidentNotification(id, state, firing, 1_000, firing ? 0 : 9_000, "cart", "memory", "warning",
                summary, List.of(), "", List.of("cart"), "http://faultline.test/api/v1/incidents/" + id, "");
    }

    @Test
    void firingIncidentsComeDueEveryIntervalWithTheirLatestContentUntilResolved() {
        FiringAlerts alerts = new FiringAlerts(60_000);
        IncidentNotification a = notification("inc-a", IncidentStatus.OPEN, "a v1");
        alerts.sent(a, 0);
        alerts.sent(notification("inc-b", IncidentStatus.OPEN, "b v1"), 30_000);
        assertEquals(List.of(), alerts.due(59_999));
        assertEquals(1, alerts.msUntilNextDue(59_999));

        IncidentNotification a2 = notification("inc-a", IncidentStatus.OPEN, "a v2");
        alerts.refresh(a2);
        assertEquals(List.of(a2), alerts.due(60_000));
        assertEquals(30_000, alerts.msUntilNextDue(60_000));

        alerts.sent(notification("inc-b", IncidentStatus.RESOLVED, "b done"), 70_000);
        assertEquals(1, alerts.size());
        assertEquals(List.of(), alerts.due(119_999));
        assertEquals(List.of(a2), alerts.due(120_000));
    }

    @Test
    void aRefreshOfAnEarlierStateIsIgnored() {
        FiringAlerts alerts = new FiringAlerts(1_000);
        IncidentNotification ack = notification("inc-a", IncidentStatus.ACKNOWLEDGED, "ack");
        alerts.sent(ack, 0);
        alerts.refresh(notification("inc-a", IncidentStatus.OPEN, "late"));
        assertEquals(List.of(ack), alerts.due(1_000));
    }

    @Test
    void refreshOfAnUntrackedIncidentTracksNothing() {
        FiringAlerts alerts = new FiringAlerts(1_000);
        alerts.refresh(notification("inc-x", IncidentStatus.OPEN, "x"));
        assertEquals(0, alerts.size());
        assertEquals(1_000, alerts.msUntilNextDue(0));
    }
}
