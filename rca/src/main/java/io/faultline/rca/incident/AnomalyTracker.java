package io.faultline.rca.incident;

import io.faultline.ingest.SeriesKey;
import io.faultline.models.ScoredPoint;
import io.faultline.rca.Anomaly;
import io.faultline.rca.Direction;
import io.faultline.rca.SignalKind;
import io.faultline.rca.SignalKinds;
import io.faultline.rca.topology.Topology;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Turns the scored points of one series into anomaly runs. A run opens when the current point is
 * anomalous and enough recent points are (k of the last n, see {@link AnomalyTrackerParams}); its
 * onset is the first anomalous point of that window, so confirmation does not delay the onset.
 * It ends after m consecutive normal points; its end is then the last anomalous point. The peak is
 * the highest score seen, and the direction is that of the peak point (observed above or below
 * expected). Time is the points' own timestamps, which must strictly increase.
 *
 * <p>Not thread-safe: one tracker per series, fed by one thread, like the {@code Scorer} it follows.
 */
public final class AnomalyTracker {
    private final SeriesKey series;
    private final String component;
    private final SignalKind signal;
    private final AnomalyTrackerParams params;
    // Only the anomalous points of the confirmation window are kept, with their position: a steady
    // series (the usual case, at 100,000 series) holds no point at all.
    private Deque<Flagged> flaggedRecent; // null when empty
    private long position; // points seen outside runs

    private record Flagged(long position, ScoredPoint point) {
    }
    private long lastTimestamp = Long.MIN_VALUE;
    private Anomaly open;
    private int normalRun;

    public AnomalyTracker(SeriesKey series, String component, SignalKind signal, AnomalyTrackerParams params) {
        if (series == null || signal == null || params == null) {
            throw new IllegalArgumentException("series, signal and params are required");
        }
        this.series = series;
        this.component = component;
        this.signal = signal;
        this.params = params;
    }

    /** A tracker whose component comes from the topology's labels and signal kind from the metric name. */
    public static AnomalyTracker of(SeriesKey series, Topology topology, AnomalyTrackerParams params) {
        return new AnomalyTracker(series, topology.componentOf(series), SignalKinds.of(series), params);
    }

    /**
     * Takes the next point of the series and says what changed, if anything: at most one event
     * per point.
     *
     * @throws IllegalArgumentException when the point is not later than the previous one
     */
    public Optional<AnomalyEvent> accept(ScoredPoint point) {
        if (point.timestampMs() <= lastTimestamp) {
            throw new IllegalArgumentException("point at " + point.timestampMs() + " on " + series
                    + " is not after the previous point at " + lastTimestamp);
        }
        lastTimestamp = point.timestampMs();
        if (open != null) {
            return continueRun(point);
        }
        long now = ++position;
        if (flaggedRecent != null) {
            while (!flaggedRecent.isEmpty() && flaggedRecent.peekFirst().position() <= now - params.confirmWindow()) {
                flaggedRecent.removeFirst();
            }
        }
        if (!point.anomalous()) {
            if (flaggedRecent != null && flaggedRecent.isEmpty()) {
                flaggedRecent = null;
            }
            return Optional.empty();
        }
        if (flaggedRecent == null) {
            flaggedRecent = new ArrayDeque<>(Math.min(params.confirmWindow(), 16));
        }
        flaggedRecent.addLast(new Flagged(now, point));
        if (flaggedRecent.size() < params.confirmCount()) {
            return Optional.empty();
        }
        List<ScoredPoint> flagged = flaggedRecent.stream().map(Flagged::point).toList();
        ScoredPoint peak = flagged.get(0);
        for (ScoredPoint p : flagged) {
            if (p.score() > peak.score()) {
                peak = p;
            }
        }
        open = new Anomaly(series, component, signal, flagged.get(0).timestampMs(), point.timestampMs(),
                peak.score(), direction(peak));
        normalRun = 0;
        flaggedRecent = null;
        return Optional.of(new AnomalyEvent(AnomalyEvent.Type.STARTED, open));
    }

    private Optional<AnomalyEvent> continueRun(ScoredPoint point) {
        if (point.anomalous()) {
            normalRun = 0;
            boolean higher = point.score() > open.peakScore();
            open = new Anomaly(series, component, signal, open.onsetMs(), point.timestampMs(),
                    higher ? point.score() : open.peakScore(), higher ? direction(point) : open.direction());
            return Optional.of(new AnomalyEvent(AnomalyEvent.Type.UPDATED, open));
        }
        if (++normalRun < params.endAfterNormal()) {
            return Optional.empty();
        }
        Anomaly ended = open;
        open = null;
        normalRun = 0;
        return Optional.of(new AnomalyEvent(AnomalyEvent.Type.ENDED, ended));
    }

    /**
     * Whether the tracker holds nothing: no run in progress and no anomalous point in the
     * confirmation window. An idle tracker behaves exactly as a new one, so a caller tracking many
     * series may drop it and make a new one at the series' next anomalous point.
     */
    public boolean idle() {
        return open == null && flaggedRecent == null;
    }

    /** The run in progress, if any. */
    public Optional<Anomaly> current() {
        return Optional.ofNullable(open);
    }

    /**
     * Replays a whole scored series through a fresh tracker and returns every run in onset order,
     * the last one possibly still open.
     */
    public static List<Anomaly> runs(SeriesKey series, String component, AnomalyTrackerParams params,
                                     Iterable<ScoredPoint> points) {
        AnomalyTracker tracker = new AnomalyTracker(series, component, SignalKinds.of(series), params);
        List<Anomaly> runs = new ArrayList<>();
        for (ScoredPoint p : points) {
            tracker.accept(p).filter(e -> e.type() == AnomalyEvent.Type.ENDED).ifPresent(e -> runs.add(e.anomaly()));
        }
        tracker.current().ifPresent(runs::add);
        return runs;
    }

    private static Direction direction(ScoredPoint p) {
        if (!Double.isNaN(p.expected())) {
            return p.observed() < p.expected() ? Direction.DOWN : Direction.UP;
        }
        return !Double.isNaN(p.lower()) && p.observed() < p.lower() ? Direction.DOWN : Direction.UP;
    }
}
