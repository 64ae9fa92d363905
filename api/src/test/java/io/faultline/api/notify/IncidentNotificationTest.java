package io.faultline.api.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.faultline.rca.Incident;
import io.faultline.rca.IncidentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentNotificationTest {
    @Test
    void readsTheTopCauseRecoveryAndSpread() {
        IncidentNotification n = Incidents.notification(IncidentStatus.OPEN);
        assertEquals(new IncidentNotification(Incidents.ID, IncidentStatus.OPEN, true, Incidents.OPENED, 0, "cart", "memory", "error",
                "cart suspected (memory), 2 components affected [inc-1700000000000-1]",
                List.of("cart (memory, score 0.90)", "orders (latency, score 0.40)"),
                "restart cart: memory grows & <never> frees", List.of("cart", "orders"),
                "http://faultline.test:8080/api/v1/incidents/inc-1700000000000-1", ""), n);
    }

    @Test
    void resolvedCarriesItsEndAndUndiagnosedNamesTheFirstComponent() {
        IncidentNotification resolved = Incidents.notification(IncidentStatus.RESOLVED);
        assertEquals(false, resolved.firing());
        assertEquals(Incidents.OPENED + 360_000, resolved.endsAtMs());
        assertEquals("Resolved: cart suspected (memory), 2 components affected [inc-1700000000000-1]", resolved.summary());

        Incident d = Incidents.diagnosed(IncidentStatus.OPEN);
        Incident bare = new Incident(d.id(), d.status(), d.openedAtMs(), d.updatedAtMs(), 0, d.anomalies().subList(1, 2), List.of(), List.of());
        IncidentNotification n = IncidentNotification.of(bare, Incidents.EXTERNAL_URL);
        assertEquals("orders", n.component());
        assertEquals("unknown", n.faultKind());
        assertEquals("warning", n.severity());
        assertEquals("anomalies on orders [inc-1700000000000-1]", n.summary());
        assertEquals("", n.suggestedRecovery());
    }
}
