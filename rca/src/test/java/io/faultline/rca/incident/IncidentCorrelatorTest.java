package io.faultline.rca.incident;

import io.faultline.ingest.SeriesKey;
import io.faultline.rca.Anomaly;
import io.faultline.rca.Direction;
import io.faultline.rca.FaultKind;
import io.faultline.rca.Incident;
import io.faultline.rca.IncidentStatus;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RecoveryAction;
import io.faultline.rca.RecoveryKind;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.SignalKind;
import io.faultline.rca.SignalKinds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentCorrelatorTest {
    /** frontend -> orders -> orders-db, frontend -> cart; search stands alone. */
    static final ServiceGraph SHOP = new ServiceGraph(
            List.of(new ServiceGraph.Component("frontend", null), new ServiceGraph.Component("orders", null),
                    new ServiceGraph.Component("orders-db", "database"), new ServiceGraph.Component("cart", null),
                    new ServiceGraph.Component("search", null)),
            List.of(new ServiceGraph.Edge("frontend", "orders"), new ServiceGraph.Edge("orders", "orders-db"),
                    new ServiceGraph.Edge("frontend", "cart")));

    /** One minute join window, one hop, two anomalies to show, five quiet minutes. */
    private final IncidentCorrelator correlator =
            new IncidentCorrelator(SHOP, new IncidentCorrelatorParams(60_000, 1, 2, 1, 3_600_000, 300_000, 10));

    static Anomaly anomaly(String metric, String component, long onsetS, long endS) {
        SeriesKey key = SeriesKey.of(metric, "service", component);
        return new Anomaly(key, component, SignalKinds.of(key), onsetS * 1000, endS * 1000, 5, Direction.UP);
    }

    @Test
    void anIncidentShowsOnceItHasEnoughAnomalies() {
        assertEquals(Optional.empty(), correlator.accept(anomaly("cpu_usage_ratio", "orders-db", 100, 110)));
        assertEquals(List.of(), correlator.active());
        Incident inc = correlator.accept(anomaly("request_latency_ms", "orders", 105, 120)).orElseThrow();
        assertEquals("inc-100000-1", inc.id());
        assertEquals(IncidentStatus.OPEN, inc.status());
        assertEquals(100_000, inc.openedAtMs());
        assertEquals(120_000, inc.updatedAtMs());
        assertEquals(0, inc.resolvedAtMs());
        assertEquals(List.of("orders-db", "orders"), inc.affectedComponents());
        assertEquals(List.of(inc), correlator.active());
    }

    @Test
    void oneLastingAnomalyIsAnIncidentOnItsOwn() {
        IncidentCorrelator sustained = new IncidentCorrelator(SHOP, new IncidentCorrelatorParams(60_000, 1, 2, 1, 180_000, 300_000, 10));
        assertEquals(Optional.empty(), sustained.accept(anomaly("memory_usage_bytes", "orders-db", 100, 279)));
        Incident inc = sustained.accept(anomaly("memory_usage_bytes", "orders-db", 100, 280)).orElseThrow();
        assertEquals(List.of("orders-db"), inc.affectedComponents());
        assertEquals(1, inc.anomalies().size());
    }

    @Test
    void farComponentsOpenTheirOwnIncidentNearOnesJoin() {
        correlator.accept(anomaly("cpu_usage_ratio", "orders-db", 100, 110));
        correlator.accept(anomaly("request_latency_ms", "cart", 101, 110));     // 3 hops from orders-db
        correlator.accept(anomaly("request_latency_ms", "orders", 102, 110));   // 1 hop
        correlator.accept(anomaly("error_ratio", "frontend", 103, 110));        // 1 hop from orders and cart
        assertEquals(Map.of("inc-100000-1", 3, "inc-101000-2", 1), correlator.candidates());
    }

    @Test
    void componentsOutsideTheGraphJoinByTimeOnly() {
        correlator.accept(anomaly("cpu_usage_ratio", "orders", 100, 110));
        Incident inc = correlator.accept(anomaly("cpu_usage_ratio", "payments", 130, 140)).orElseThrow();
        assertEquals(List.of("orders", "payments"), inc.affectedComponents());
        correlator.accept(anomaly("cpu_usage_ratio", "ledger", 400, 410));       // beyond the window
        assertEquals(Map.of("inc-100000-1", 2, "inc-400000-2", 1), correlator.candidates());
    }

    @Test
    void unreachableComponentsInTheGraphDoNotJoin() {
        correlator.accept(anomaly("cpu_usage_ratio", "orders", 100, 110));
        correlator.accept(anomaly("cpu_usage_ratio", "search", 100, 110));
        assertEquals(2, correlator.candidates().size());
    }

    @Test
    void joiningNeedsOverlapWithinTheWindow() {
        correlator.accept(anomaly("cpu_usage_ratio", "orders", 100, 110));
        correlator.accept(anomaly("request_latency_ms", "orders", 170, 180));   // 60 s after the last activity
        correlator.accept(anomaly("error_ratio", "orders", 241, 250));          // 61 s after 180
        assertEquals(Map.of("inc-100000-1", 2, "inc-241000-2", 1), correlator.candidates());
    }

    @Test
    void updatesOfARunReplaceIt() {
        correlator.accept(anomaly("cpu_usage_ratio", "orders", 100, 110));
        correlator.accept(anomaly("cpu_usage_ratio", "orders-db", 100, 110));
        Incident inc = correlator.accept(anomaly("cpu_usage_ratio", "orders", 100, 400)).orElseThrow();
        assertEquals(2, inc.anomalies().size());
        assertEquals(400_000, inc.anomalies().stream().mapToLong(Anomaly::endMs).max().orElseThrow());
    }

    @Test
    void resolvesAfterTheQuietTimeOfItsLatestAnomaly() {
        correlator.accept(anomaly("cpu_usage_ratio", "orders-db", 100, 110));
        correlator.accept(anomaly("request_latency_ms", "orders", 105, 200));
        correlator.accept(anomaly("cpu_usage_ratio", "search", 105, 120));     // an invisible candidate
        assertEquals(List.of(), correlator.advanceTo(499_999));
        List<Incident> resolved = correlator.advanceTo(600_000);
        assertEquals(1, resolved.size());
        Incident inc = resolved.get(0);
        assertEquals(IncidentStatus.RESOLVED, inc.status());
        assertEquals(500_000, inc.resolvedAtMs());
        assertEquals(List.of(), correlator.active());
        assertEquals(Map.of(), correlator.candidates());
        assertEquals(List.of(inc), correlator.resolved());
        assertEquals(Optional.of(inc), correlator.find("inc-100000-1"));
        assertEquals(600_000, correlator.nowMs());
        assertEquals(List.of(), correlator.advanceTo(10));                      // time never goes back
        assertEquals(600_000, correlator.nowMs());
    }

    @Test
    void aRunSeenAfterItsIncidentResolvedStartsAfresh() {
        correlator.accept(anomaly("cpu_usage_ratio", "orders-db", 100, 110));
        correlator.accept(anomaly("request_latency_ms", "orders", 100, 110));
        correlator.advanceTo(1_000_000);
        correlator.accept(anomaly("cpu_usage_ratio", "orders-db", 100, 1_000));
        assertEquals(Map.of("inc-100000-2", 1), correlator.candidates());
    }

    @Test
    void lifecycleMovesForwardOnlyAndGoesOnTheTimeline() {
        correlator.accept(anomaly("cpu_usage_ratio", "orders-db", 100, 110));
        correlator.accept(anomaly("request_latency_ms", "orders", 100, 110));
        String id = "inc-100000-1";
        assertEquals(IncidentStatus.ACKNOWLEDGED, correlator.transition(id, IncidentStatus.ACKNOWLEDGED, 7_000_000, "ana", "looking").orElseThrow().status());
        assertEquals(IncidentStatus.MITIGATING, correlator.transition(id, IncidentStatus.MITIGATING, 7_060_000, "ana", "restarting").orElseThrow().status());
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> correlator.transition(id, IncidentStatus.OPEN, 7_100_000, "ana", "oops"));
        assertEquals("incident inc-100000-1 cannot go from mitigating to open; allowed from mitigating: [resolved]", e.getMessage());
        Incident resolved = correlator.transition(id, IncidentStatus.RESOLVED, 7_200_000, "bob", "fixed").orElseThrow();
        assertEquals(110_000, resolved.resolvedAtMs());
        assertEquals(List.of(resolved), correlator.resolved());
        assertEquals(Optional.empty(), correlator.transition("inc-nope", IncidentStatus.ACKNOWLEDGED, 0, "ana", "x"));
        assertEquals(List.of(
                new Transition(110_000, null, IncidentStatus.OPEN, "2 anomalies on 2 components", Transition.SYSTEM),
                new Transition(7_000_000, IncidentStatus.OPEN, IncidentStatus.ACKNOWLEDGED, "looking", "ana"),
                new Transition(7_060_000, IncidentStatus.ACKNOWLEDGED, IncidentStatus.MITIGATING, "restarting", "ana"),
                new Transition(7_200_000, IncidentStatus.MITIGATING, IncidentStatus.RESOLVED, "fixed", "bob")),
                correlator.timeline(id).orElseThrow());
    }

    @Test
    void diagnosisIsAttachedToTheSnapshot() {
        correlator.accept(anomaly("cpu_usage_ratio", "orders-db", 100, 110));
        correlator.accept(anomaly("request_latency_ms", "orders", 100, 110));
        RankedCause cause = new RankedCause("orders-db", 3.0, FaultKind.CPU, List.of(), List.of("orders-db", "orders"));
        RecoveryAction action = new RecoveryAction(RecoveryKind.SCALE_OUT, "orders-db", "why", "low");
        Incident inc = correlator.attachDiagnosis("inc-100000-1", List.of(cause), List.of(action)).orElseThrow();
        assertEquals(List.of(cause), inc.causes());
        assertEquals(List.of(action), correlator.active().get(0).recoveries());
    }

    @Test
    void idsAreDeterministic() {
        List<Anomaly> input = List.of(anomaly("cpu_usage_ratio", "orders-db", 100, 110),
                anomaly("request_latency_ms", "orders", 101, 110), anomaly("cpu_usage_ratio", "search", 102, 110),
                anomaly("error_ratio", "search", 103, 110));
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        IncidentCorrelatorParams params = new IncidentCorrelatorParams(60_000, 1, 2, 1, 3_600_000, 300_000, 10);
        IncidentCorrelator a = new IncidentCorrelator(SHOP, params);
        IncidentCorrelator b = new IncidentCorrelator(SHOP, params);
        input.forEach(x -> a.accept(x).ifPresent(i -> first.add(i.id())));
        input.forEach(x -> b.accept(x).ifPresent(i -> second.add(i.id())));
        assertEquals(List.of("inc-100000-1", "inc-102000-2"), first);
        assertEquals(first, second);
    }

    @Test
    void concurrentCallersSeeConsistentSnapshots() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int offset = thread;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 250; i++) {
                        correlator.accept(anomaly("cpu_usage_ratio", "orders", 100 + i * 4L + offset, 2_000));
                        correlator.active();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, correlator.active().size());
        assertEquals(1000, correlator.active().get(0).anomalies().size());
        assertTrue(correlator.active().get(0).anomalies().stream().allMatch(x -> x.signal() == SignalKind.CPU));
    }

    @Test
    void paramsAreValidated() {
        assertEquals("joinWindowMs must be in 0..quietMs (10), was 20", assertThrows(IllegalArgumentException.class,
                () -> new IncidentCorrelatorParams(20, 1, 1, 1, 1, 10, 0)).getMessage());
        assertEquals("maxHops must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
                () -> new IncidentCorrelatorParams(0, -1, 1, 1, 1, 10, 0)).getMessage());
        assertEquals("minAnomalies must be >= 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> new IncidentCorrelatorParams(0, 0, 0, 1, 1, 10, 0)).getMessage());
    }
}
