package io.faultline.rca.incident;

import io.faultline.rca.Incident;
import io.faultline.rca.IncidentStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.faultline.rca.incident.IncidentCorrelatorTest.SHOP;
import static io.faultline.rca.incident.IncidentCorrelatorTest.anomaly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Auto-resolve, flap damping, listeners and restoring saved incidents. */
class IncidentFlapAndRestoreTest {
    /** One-minute join, one hop, two anomalies, five quiet minutes, ten-minute reopen window. */
    private static final IncidentCorrelatorParams PARAMS =
            new IncidentCorrelatorParams(60_000, 1, 2, 1, 3_600_000, 300_000, 10, 600_000);

    private final IncidentCorrelator correlator = new IncidentCorrelator(SHOP, PARAMS);
    private final List<String> heard = new ArrayList<>();

    private void openOne() {
        correlator.addListener((inc, t) -> heard.add(inc.id() + " " + t.from() + "->" + t.to() + " by " + t.actor()
                + " at " + t.atMs() + " status " + inc.status()));
        correlator.accept(anomaly("cpu_usage_ratio", "orders-db", 100, 110));
        correlator.accept(anomaly("request_latency_ms", "orders", 100, 110));
    }

    @Test
    void anAcknowledgedIncidentAutoResolvesOnDataTimeWhenTheAnomaliesClear() {
        openOne();
        correlator.transition("inc-100000-1", IncidentStatus.ACKNOWLEDGED, 9_000_000, "ana", "on it");
        assertEquals(List.of(), correlator.advanceTo(409_999));
        Incident done = correlator.advanceTo(500_000).get(0);
        assertEquals(IncidentStatus.RESOLVED, done.status());
        assertEquals(410_000, done.resolvedAtMs());
        assertEquals(new Transition(410_000, IncidentStatus.ACKNOWLEDGED, IncidentStatus.RESOLVED,
                "auto-resolved: no anomaly for 300 s", "system"), correlator.timeline("inc-100000-1").orElseThrow().get(2));
        assertEquals(List.of(
                "inc-100000-1 null->OPEN by system at 110000 status OPEN",
                "inc-100000-1 OPEN->ACKNOWLEDGED by ana at 9000000 status ACKNOWLEDGED",
                "inc-100000-1 ACKNOWLEDGED->RESOLVED by system at 410000 status RESOLVED"), heard);
    }

    @Test
    void aReturnWithinTheWindowReopensTheSameIncident() {
        openOne();
        correlator.advanceTo(410_000);
        Incident back = correlator.accept(anomaly("cpu_usage_ratio", "orders-db", 900, 930)).orElseThrow();
        assertEquals("inc-100000-1", back.id());
        assertEquals(IncidentStatus.OPEN, back.status());
        assertEquals(0, back.resolvedAtMs());
        assertEquals(3, back.anomalies().size());
        assertEquals(List.of(), correlator.resolved());
        assertEquals(new Transition(930_000, IncidentStatus.RESOLVED, IncidentStatus.OPEN,
                "flap damping: anomaly on orders-db (cpu_usage_ratio{service=\"orders-db\"}) returned 520 s after the incident resolved",
                "system"), correlator.timeline("inc-100000-1").orElseThrow().get(2));
        assertEquals("inc-100000-1 RESOLVED->OPEN by system at 930000 status OPEN", heard.get(2));
        assertEquals(Map.of("inc-100000-1", 3), correlator.candidates());
    }

    @Test
    void aReturnAfterTheWindowOrElsewhereIsANewIncident() {
        openOne();
        correlator.advanceTo(410_000);
        correlator.accept(anomaly("cpu_usage_ratio", "search", 500, 530)); // outside one hop
        correlator.accept(anomaly("cpu_usage_ratio", "orders-db", 1_011, 1_020)); // 601 s after resolving
        assertEquals(Map.of("inc-500000-2", 1, "inc-1011000-3", 1), correlator.candidates());
        assertEquals(IncidentStatus.RESOLVED, correlator.find("inc-100000-1").orElseThrow().status());
    }

    @Test
    void aResolvedIncidentCanBeReopenedByHandAndStaysOpenForTheQuietTime() {
        openOne();
        correlator.advanceTo(410_000);
        assertEquals(IncidentStatus.OPEN, correlator.transition("inc-100000-1", IncidentStatus.OPEN, 8_000_000, "ana",
                "not fixed").orElseThrow().status());
        assertEquals(List.of(), correlator.advanceTo(709_999));
        assertEquals(1, correlator.advanceTo(710_000).size());
    }

    @Test
    void restoredIncidentsContinueWithTheirTimeline() {
        openOne();
        correlator.transition("inc-100000-1", IncidentStatus.ACKNOWLEDGED, 9_000_000, "ana", "on it");
        Incident saved = correlator.find("inc-100000-1").orElseThrow();
        List<Transition> timeline = correlator.timeline("inc-100000-1").orElseThrow();

        IncidentCorrelator restarted = new IncidentCorrelator(SHOP, PARAMS);
        restarted.restore(saved, timeline);
        assertEquals(List.of(saved), restarted.active());
        assertEquals(110_000, restarted.nowMs());
        Incident grown = restarted.accept(anomaly("error_ratio", "orders", 130, 140)).orElseThrow();
        assertEquals("inc-100000-1", grown.id());
        assertEquals(IncidentStatus.ACKNOWLEDGED, grown.status());
        assertEquals(timeline, restarted.timeline("inc-100000-1").orElseThrow());
        assertEquals(IncidentStatus.RESOLVED, restarted.advanceTo(5_000_000).get(0).status());
        restarted.accept(anomaly("cpu_usage_ratio", "search", 5_000, 5_010));
        assertEquals(Map.of("inc-5000000-2", 1), restarted.candidates()); // no id reused
        assertEquals("cannot restore incident inc-100000-1: it is already known or has no anomalies",
                assertThrows(IllegalArgumentException.class, () -> restarted.restore(saved, timeline)).getMessage());
    }

    @Test
    void aFailingListenerDoesNotUndoTheStepAndIsRethrown() {
        correlator.addListener((inc, t) -> {
            throw new IllegalStateException("disk full");
        });
        correlator.accept(anomaly("cpu_usage_ratio", "orders-db", 100, 110));
        assertEquals("disk full", assertThrows(IllegalStateException.class,
                () -> correlator.accept(anomaly("request_latency_ms", "orders", 100, 110))).getMessage());
        assertEquals(1, correlator.active().size());
        assertEquals(1, correlator.timeline("inc-100000-1").orElseThrow().size());
    }
}
