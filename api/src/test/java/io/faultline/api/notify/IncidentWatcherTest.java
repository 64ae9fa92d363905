package io.faultline.api.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.faultline.ingest.SeriesKey;
import io.faultline.rca.Anomaly;
import io.faultline.rca.Direction;
import io.faultline.rca.FaultKind;
import io.faultline.rca.IncidentStatus;
import io.faultline.rca.RankedCause;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.SignalKind;
import io.faultline.rca.incident.IncidentCorrelator;
import io.faultline.rca.incident.IncidentCorrelatorParams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snapshot comparison: what the watcher publishes as an incident appears, changes and resolves. */
class IncidentWatcherTest {
    private final List<IncidentNotification> published = new ArrayList<>();

    private static IncidentCorrelator correlator(int resolvedHistory) {
        return new IncidentCorrelator(ServiceGraph.ofComponents(List.of("cart")),
                new IncidentCorrelatorParams(60_000, 2, 1, 1, 180_000, 300_000, resolvedHistory));
    }

    private static Anomaly anomaly() {
        return new Anomaly(SeriesKey.of("memory_bytes", "service", "cart"), "cart", SignalKind.MEMORY, 1_000, 61_000, 8, Direction.UP);
    }

    private List<String> states() {
        return published.stream().map(n -> n.incidentId() + " " + n.stateName() + " " + n.faultKind()).toList();
    }

    @Test
    void publishesAppearanceStatusAndDiagnosisChangesAndTheResolution() {
        IncidentCorrelator incidents = correlator(10);
        IncidentWatcher watcher = new IncidentWatcher(incidents, published::add, "http://f");
        watcher.run();
        String id = incidents.accept(anomaly()).orElseThrow().id();
        watcher.run();
        watcher.run();
        incidents.attachDiagnosis(id, List.of(new RankedCause("cart", 1, FaultKind.MEMORY, List.of(), List.of())), List.of());
        watcher.run();
        incidents.transition(id, IncidentStatus.ACKNOWLEDGED, 61_000, "analyst", "looking");
        watcher.run();
        incidents.advanceTo(61_000 + 300_000);
        watcher.run();
        watcher.run();
        assertEquals(List.of(id + " open unknown", id + " open memory", id + " acknowledged memory", id + " resolved memory"), states());
        assertEquals(361_000, published.get(3).endsAtMs());
    }

    @Test
    void aResolutionIsPublishedEvenWhenTheCorrelatorKeepsNoHistory() {
        IncidentCorrelator incidents = correlator(0);
        IncidentWatcher watcher = new IncidentWatcher(incidents, published::add, "http://f");
        String id = incidents.accept(anomaly()).orElseThrow().id();
        watcher.run();
        incidents.advanceTo(500_000);
        watcher.run();
        assertEquals(List.of(id + " open unknown", id + " resolved unknown"), states());
        assertEquals(500_000, published.get(1).endsAtMs());
    }
}
