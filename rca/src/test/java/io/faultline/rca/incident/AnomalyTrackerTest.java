package io.faultline.rca.incident;

import io.faultline.ingest.SeriesKey;
import io.faultline.models.ScoredPoint;
import io.faultline.rca.Anomaly;
import io.faultline.rca.Direction;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.SignalKind;
import io.faultline.rca.topology.Topology;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnomalyTrackerTest {
    private static final SeriesKey CPU = SeriesKey.of("cpu_usage_ratio", "service", "orders");

    private final AnomalyTracker tracker = AnomalyTracker.of(CPU,
            Topology.of(ServiceGraph.ofComponents(List.of("orders"))), AnomalyTrackerParams.DEFAULTS);

    /** A point at second t: anomalous ones sit above the expected 0.3 with the given score. */
    private static ScoredPoint point(long t, double score, boolean anomalous, double observed) {
        return new ScoredPoint(t * 1000, observed, 0.3, 0.2, 0.4, score, anomalous);
    }

    private static ScoredPoint normal(long t) {
        return point(t, 0.5, false, 0.31);
    }

    private static ScoredPoint high(long t, double score) {
        return point(t, score, true, 0.9);
    }

    private List<AnomalyEvent> feed(ScoredPoint... points) {
        List<AnomalyEvent> events = new ArrayList<>();
        for (ScoredPoint p : points) {
            tracker.accept(p).ifPresent(events::add);
        }
        return events;
    }

    @Test
    void aSingleBlipDoesNotOpenARun() {
        assertEquals(List.of(), feed(normal(0), high(1, 9), normal(2), normal(3), high(4, 9), normal(5)));
        assertEquals(Optional.empty(), tracker.current());
    }

    @Test
    void idleOnlyWithoutARunOrAFlaggedPointInTheWindow() {
        assertTrue(tracker.idle());
        feed(normal(0), high(1, 9));
        assertFalse(tracker.idle());
        feed(normal(2), normal(3));
        assertFalse(tracker.idle(), "the blip is still in the window of the last 3 points");
        feed(normal(4));
        assertTrue(tracker.idle());
        feed(high(5, 9), high(6, 9), normal(7), normal(8));
        assertFalse(tracker.idle(), "a run is open");
        feed(normal(9));
        assertTrue(tracker.idle(), "the run ended after 3 normal points");
    }

    @Test
    void twoOfThreeOpenARunAtTheFirstFlaggedPoint() {
        List<AnomalyEvent> events = feed(normal(0), high(1, 5), normal(2), high(3, 7));
        Anomaly expected = new Anomaly(CPU, "orders", SignalKind.CPU, 1000, 3000, 7, Direction.UP);
        assertEquals(List.of(new AnomalyEvent(AnomalyEvent.Type.STARTED, expected)), events);
        assertEquals(Optional.of(expected), tracker.current());
    }

    @Test
    void aRunGrowsThenEndsAfterEnoughNormalPoints() {
        feed(high(0, 5), high(1, 6));
        List<AnomalyEvent> events = feed(high(2, 8), normal(3), normal(4), high(5, 4), normal(6), normal(7), normal(8));
        Anomaly grown = new Anomaly(CPU, "orders", SignalKind.CPU, 0, 2000, 8, Direction.UP);
        Anomaly last = new Anomaly(CPU, "orders", SignalKind.CPU, 0, 5000, 8, Direction.UP);
        assertEquals(List.of(
                new AnomalyEvent(AnomalyEvent.Type.UPDATED, grown),
                new AnomalyEvent(AnomalyEvent.Type.UPDATED, last),
                new AnomalyEvent(AnomalyEvent.Type.ENDED, last)), events);
        assertEquals(Optional.empty(), tracker.current());
    }

    @Test
    void pointsOfTheEndedRunDoNotHelpConfirmTheNext() {
        feed(high(0, 5), high(1, 5), normal(2), normal(3), normal(4));
        assertEquals(List.of(), feed(high(5, 5)));
    }

    @Test
    void directionFollowsThePeakPoint() {
        feed(point(0, 9, true, 0.01), point(1, 3, true, 0.9));
        assertEquals(Direction.DOWN, tracker.current().orElseThrow().direction());
        feed(point(2, 12, true, 0.95));
        assertEquals(Direction.UP, tracker.current().orElseThrow().direction());
    }

    @Test
    void timeMustMoveForward() {
        feed(normal(5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tracker.accept(normal(5)));
        assertEquals("point at 5000 on cpu_usage_ratio{service=\"orders\"} is not after the previous point at 5000",
                e.getMessage());
    }

    @Test
    void replayListsEveryRunIncludingAnOpenOne() {
        List<ScoredPoint> points = List.of(high(0, 4), high(1, 4), normal(2), high(3, 6), normal(4), normal(5),
                normal(6), normal(7), high(8, 5), high(9, 7));
        List<Anomaly> runs = AnomalyTracker.runs(CPU, "orders", AnomalyTrackerParams.DEFAULTS, points);
        assertEquals(List.of(
                new Anomaly(CPU, "orders", SignalKind.CPU, 0, 3000, 6, Direction.UP),
                new Anomaly(CPU, "orders", SignalKind.CPU, 8000, 9000, 7, Direction.UP)), runs);
    }

    @Test
    void immediateParamsOpenOnEveryFlag() {
        List<Anomaly> runs = AnomalyTracker.runs(CPU, null, AnomalyTrackerParams.IMMEDIATE,
                List.of(high(0, 4), normal(1), high(2, 4)));
        assertEquals(2, runs.size());
        assertTrue(runs.stream().allMatch(a -> a.onsetMs() == a.endMs()));
    }

    @Test
    void paramsAreValidated() {
        assertEquals("confirmCount must be in 1..confirmWindow (3), was 4",
                assertThrows(IllegalArgumentException.class, () -> new AnomalyTrackerParams(4, 3, 1)).getMessage());
        assertEquals("endAfterNormal must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new AnomalyTrackerParams(1, 1, 0)).getMessage());
        assertEquals("confirmWindow must be in 1..1000, was 0",
                assertThrows(IllegalArgumentException.class, () -> new AnomalyTrackerParams(1, 0, 1)).getMessage());
    }
}
