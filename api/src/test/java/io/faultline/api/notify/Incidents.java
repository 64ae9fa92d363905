package io.faultline.api.notify;

import io.faultline.ingest.SeriesKey;
import io.faultline.rca.Anomaly;
import io.faultline.rca.Direction;
import io.faultline.rca.FaultKind;
import io.faultline.rca.Incident;
import io.faultline.rca.IncidentStatus;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RecoveryAction;
import io.faultline.rca.RecoveryKind;
import io.faultline.rca.SignalKind;
import java.util.List;

/** A diagnosed two-component incident, the fixture of the payload tests. */
final class Incidents {
    static final String ID = "inc-1700000000000-1";
    static final String EXTERNAL_URL = "http://faultline.test:8080";
    static final long OPENED = 1_700_000_000_000L;

    private Incidents() {
    }

    static Incident diagnosed(IncidentStatus status) {
        List<Anomaly> anomalies = List.of(
                new Anomaly(SeriesKey.of("memory_bytes", "service", "cart"), "cart", SignalKind.MEMORY, OPENED, OPENED + 60_000, 9.5, Direction.UP),
                new Anomaly(SeriesKey.of("latency_ms", "service", "orders"), "orders", SignalKind.LATENCY, OPENED + 15_000, OPENED + 60_000, 6.1, Direction.UP));
        List<RankedCause> causes = List.of(
                new RankedCause("cart", 0.9, FaultKind.MEMORY, List.of(), List.of("cart", "orders")),
                new RankedCause("orders", 0.4, FaultKind.LATENCY, List.of(), List.of()));
        List<RecoveryAction> recoveries = List.of(new RecoveryAction(RecoveryKind.RESTART, "cart", "memory grows & <never> frees", "low"));
        boolean resolved = status == IncidentStatus.RESOLVED;
        return new Incident(ID, status, OPENED, OPENED + 60_000, resolved ? OPENED + 360_000 : 0, anomalies, causes, recoveries);
    }

    static IncidentNotification notification(IncidentStatus status) {
        return IncidentNotification.of(diagnosed(status), EXTERNAL_URL);
    }
}
