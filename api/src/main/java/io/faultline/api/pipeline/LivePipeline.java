package io.faultline.api.pipeline;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.MetricStore;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.StaleMarker;
import io.faultline.models.ScoredPoint;
import io.faultline.rca.Anomaly;
import io.faultline.rca.Incident;
import io.faultline.rca.incident.AnomalyEvent;
import io.faultline.rca.incident.AnomalyTracker;
import io.faultline.rca.incident.AnomalyTrackerParams;
import io.faultline.rca.incident.IncidentCorrelator;
import io.faultline.rca.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.concurrent.atomic.LongAdder;

/**
 * The live path of every accepted batch: store it (all or nothing), score each new point of each
 * series in time order, turn anomalous points into anomaly runs, group the runs into incidents,
 * and diagnose an incident when it appears, when a component joins it, or every
 * {@code rediagnoseMs} of data time while it is active (less often while batches wait for the worker).
 *
 * <p>Storing happens first and alone can fail the request. Scoring follows series by series, each
 * under the lock of its stripe ({@value #STRIPES} stripes by key hash), so two request threads score
 * different series in parallel while each series is scored in order; anomalies then go to the
 * correlator and incidents are rediagnosed under one lock per batch. A point not later than the last
 * scored point of its series is stored but not scored (counted in {@link #stats()}).
 *
 * <p>Counters ({@code *_total}) are scored as per-second rates ({@link io.faultline.features.counter.CounterRate}):
 * a decrease is a counter reset, the first point of a counter gives no rate and is not scored. A
 * Prometheus staleness marker ({@link StaleMarker}, in the batch as OTLP sends it or beside it as
 * remote_write does) ends a series: its counter, detector and anomaly tracking are forgotten, and
 * when it comes back it starts afresh, primed only with history after the marker. Resets, markers
 * and ended series are counted.
 *
 * <p>Correlation into incidents, diagnosis and the batch listeners run on a {@link DiagnosisQueue}:
 * in the server a single background worker, so a request returns once its samples are stored and
 * scored. Readers ({@link #incidents()}, {@link #anomalies}) first wait for the batches accepted
 * before them ({@link #flush()}).
 */
public final class LivePipeline {
    private final MetricStore store;
    private final ScorerFactory scorers;
    private final Topology topology;
    private final AnomalyTrackerParams trackerParams;
    private final IncidentCorrelator correlator;
    private final Diagnoser diagnoser;
    private final AnomalyLog anomalies = new AnomalyLog(10_000);
    private final long rediagnoseMs;
    private final List<Consumer<List<Incident>>> batchListeners = new CopyOnWriteArrayList<>();

    private final PipelineObserver observer;
    private final DiagnosisQueue diagnosis;

    static final int STRIPES = 64;
    /** How much later than {@code rediagnoseMs} a periodic rediagnosis may come while batches wait. */
    static final int BEHIND_FACTOR = 5;
    @SuppressWarnings("unchecked")
    private final Map<SeriesKey, SeriesState>[] stripes = new Map[STRIPES];
    private final Object correlating = new Object();
    private final Map<String, Diagnosed> diagnosed = new HashMap<>(); // guarded by correlating
    private final AtomicInteger activeSeries = new AtomicInteger();
    private final LongAdder scoredPoints = new LongAdder();
    private final LongAdder outOfOrderPoints = new LongAdder();
    private final LongAdder counterResets = new LongAdder();
    private final LongAdder staleMarkers = new LongAdder();
    private final LongAdder endedSeries = new LongAdder();

    /**
     * What the pipeline keeps of one series: its scoring and anomaly tracking, or, after a
     * staleness marker ended it, only when that was ({@code scoring == null}). The tracker exists
     * only from an anomalous point until it is idle again ({@link AnomalyTracker#idle()}).
     */
    private static final class SeriesState {
        ScorerFactory.SeriesScoring scoring;
        AnomalyTracker tracker;
        long lastMs = Long.MIN_VALUE;
        long endedAtMs = Long.MIN_VALUE;
    }

    private record Diagnosed(long atMs, Set<String> components) {
    }

    /**
     * Counters of the scoring path.
     *
     * @param counterResets  decreases of a counter between consecutive points (scored as restarts from zero)
     * @param staleMarkers   Prometheus staleness markers received (each ends its series)
     * @param endedSeries    series whose scoring state a staleness marker reset (counter and detector)
     * @param diagnosisPending   batches scored and not yet correlated by the diagnosis worker
     * @param diagnosisFullWaits batches whose request thread waited for room in the full diagnosis queue
     * @param diagnosisFailures  batches whose correlation or diagnosis threw (the worker went on)
     */
    public record Stats(int activeSeries, long scoredPoints, long outOfOrderPoints, int trainedModels,
                        long counterResets, long staleMarkers, long endedSeries, long diagnosisPending,
                        long diagnosisFullWaits, long diagnosisFailures) {
    }

    public LivePipeline(MetricStore store, ScorerFactory scorers, Topology topology, AnomalyTrackerParams trackerParams,
                 IncidentCorrelator correlator, Diagnoser diagnoser, long rediagnoseMs) {
        this(store, scorers, topology, trackerParams, correlator, diagnoser, rediagnoseMs, PipelineObserver.NONE);
    }

    /** As above, telling {@code observer} what happened to each batch; correlation and diagnosis run inline. */
    public LivePipeline(MetricStore store, ScorerFactory scorers, Topology topology, AnomalyTrackerParams trackerParams,
                 IncidentCorrelator correlator, Diagnoser diagnoser, long rediagnoseMs, PipelineObserver observer) {
        this(store, scorers, topology, trackerParams, correlator, diagnoser, rediagnoseMs, observer, DiagnosisQueue.inline());
    }

    /**
     * As above, correlating and diagnosing the scored batches on {@code diagnosis} (a background
     * worker in the server, so a request returns once its samples are stored and scored).
     */
    public LivePipeline(MetricStore store, ScorerFactory scorers, Topology topology, AnomalyTrackerParams trackerParams,
                 IncidentCorrelator correlator, Diagnoser diagnoser, long rediagnoseMs, PipelineObserver observer,
                 DiagnosisQueue diagnosis) {
        this.observer = observer;
        this.diagnosis = diagnosis;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new HashMap<>();
        }
        this.store = store;
        this.scorers = scorers;
        this.topology = topology;
        this.trackerParams = trackerParams;
        this.correlator = correlator;
        this.diagnoser = diagnoser;
        this.rediagnoseMs = rediagnoseMs;
    }

    /**
     * Tells {@code listener} the active incidents after every scored batch or external evidence,
     * under the correlation lock (e.g. to persist the ones that changed, or to notify); it must be quick.
     * With a background {@link DiagnosisQueue} it runs on the diagnosis worker, after the request returned.
     */
    public void afterEachBatch(Consumer<List<Incident>> listener) {
        batchListeners.add(listener);
    }

    /**
     * Stores the batch, then scores it, then hands its anomalies to correlation and diagnosis (on the
     * {@link DiagnosisQueue}); throws (having stored nothing) when the store refuses it.
     */
    public void accept(SampleBatch batch) {
        accept(batch, List.of());
    }

    /**
     * As {@link #accept(SampleBatch)}, then ends the series of {@code staleMarkers} (Prometheus
     * staleness markers, not stored): each resets its series' counter and detector state, as
     * Prometheus forgets a series after its marker. A marker not later than its series' last scored
     * point is counted and ignored, like any out-of-order point.
     */
    public void accept(SampleBatch batch, List<SeriesSamples> staleMarkers) {
        int samples = batch.sampleCount();
        try {
            store.append(batch);
        } catch (InvalidInputException e) {
            observer.rejected("conflict", samples);
            throw e;
        } catch (IllegalArgumentException e) {
            observer.rejected("invalid", samples);
            throw e;
        } catch (RuntimeException e) {
            observer.rejected("store_error", samples);
            throw e;
        }
        observer.accepted(samples);
        long start = System.nanoTime();
        List<Anomaly> found = new ArrayList<>();
        long latestMs = Long.MIN_VALUE;
        int points = 0;
        for (SeriesSamples s : batch.series()) {
            if (s.size() > 0) {
                points += score(s, found);
                latestMs = Math.max(latestMs, s.timestampsMs()[s.size() - 1]);
            }
        }
        for (SeriesSamples s : staleMarkers) {
            for (long t : s.timestampsMs()) {
                end(s.key(), t);
            }
        }
        observer.scored(points, System.nanoTime() - start);
        long latest = latestMs;
        diagnosis.submit(() -> correlate(found, latest));
    }

    private void correlate(List<Anomaly> found, long latestMs) {
        synchronized (correlating) {
            for (Anomaly anomaly : found) {
                anomalies.record(anomaly);
                correlator.accept(anomaly);
            }
            if (latestMs != Long.MIN_VALUE) {
                correlator.advanceTo(latestMs);
            }
            // more batches waiting (this one counts itself): their data is newer, so the periodic
            // rediagnosis can wait for them instead of ranking every series once per batch of the backlog
            rediagnose(diagnosis.pending() > 1);
            tellBatchListeners();
        }
    }

    /** Waits until every batch accepted before this call is correlated and diagnosed. */
    public void flush() {
        diagnosis.flush(correlating);
    }

    /**
     * Evidence from outside the metrics, e.g. firing alerts: each anomaly joins the incidents
     * like a detected one (a newer version of the same series and onset replaces the older).
     * Anomalies in {@code ended} update only runs an active incident still holds, so the end of
     * evidence whose incident is over opens nothing new.
     */
    public void acceptEvidence(List<Anomaly> firing, List<Anomaly> ended) {
        flush();
        synchronized (correlating) {
            Set<String> activeRuns = new java.util.HashSet<>();
            correlator.active().forEach(i -> i.anomalies().forEach(a -> activeRuns.add(a.series() + "@" + a.onsetMs())));
            long latestMs = Long.MIN_VALUE;
            for (Anomaly a : firing) {
                anomalies.record(a);
                correlator.accept(a);
                latestMs = Math.max(latestMs, a.endMs());
            }
            for (Anomaly a : ended) {
                if (activeRuns.contains(a.series() + "@" + a.onsetMs())) {
                    anomalies.record(a);
                    correlator.accept(a);
                }
            }
            if (latestMs != Long.MIN_VALUE) {
                correlator.advanceTo(latestMs);
            }
            rediagnose(false);
            tellBatchListeners();
        }
    }

    private void tellBatchListeners() {
        if (!batchListeners.isEmpty()) {
            List<Incident> active = correlator.active();
            batchListeners.forEach(listener -> listener.accept(active));
        }
    }

    /** Scores the new points of one series under its stripe's lock; returns how many were scored. */
    private int score(SeriesSamples samples, List<Anomaly> found) {
        SeriesKey key = samples.key();
        Map<SeriesKey, SeriesState> stripe = stripes[Math.floorMod(key.hashCode(), STRIPES)];
        synchronized (stripe) {
            SeriesState state = stripe.get(key);
            if (state == null) {
                state = new SeriesState();
                stripe.put(key, state);
            }
            long[] timestamps = samples.timestampsMs();
            double[] values = samples.values();
            int scored = 0;
            int outOfOrder = 0;
            long resets = 0;
            for (int i = 0; i < timestamps.length; i++) {
                long t = timestamps[i];
                if (t <= state.lastMs) {
                    outOfOrder++;
                    continue;
                }
                double value = values[i];
                if (StaleMarker.isStale(value)) {
                    staleMarkers.increment();
                    endLocked(state, t);
                    continue;
                }
                state.lastMs = t;
                if (state.scoring == null) {
                    // a new series, or one back after a staleness marker: no history from before the marker
                    state.scoring = scorers.create(key, t, state.endedAtMs);
                    activeSeries.incrementAndGet();
                }
                ScorerFactory.SeriesScoring scoring = state.scoring;
                long resetsBefore = scoring.isCounter() ? scoring.counter().resets() : 0;
                ScoredPoint point = scoring.score(t, value);
                if (scoring.isCounter()) {
                    resets += scoring.counter().resets() - resetsBefore;
                }
                if (point == null) {
                    continue; // the first point of a counter: nothing to score yet
                }
                scored++;
                if (state.tracker == null) {
                    if (!point.anomalous()) {
                        continue; // an idle tracker would do nothing with a normal point
                    }
                    state.tracker = AnomalyTracker.of(key, topology, trackerParams);
                }
                Optional<AnomalyEvent> event = state.tracker.accept(point);
                if (event.isPresent()) {
                    found.add(event.get().anomaly());
                }
                if (state.tracker.idle()) {
                    state.tracker = null; // most series are steady: they keep no tracker between anomalies
                }
            }
            scoredPoints.add(scored);
            if (outOfOrder > 0) {
                outOfOrderPoints.add(outOfOrder);
            }
            if (resets > 0) {
                counterResets.add(resets);
            }
            return scored;
        }
    }

    /** A staleness marker of {@code key} at {@code atMs}, sent apart from the stored samples. */
    private void end(SeriesKey key, long atMs) {
        staleMarkers.increment();
        Map<SeriesKey, SeriesState> stripe = stripes[Math.floorMod(key.hashCode(), STRIPES)];
        synchronized (stripe) {
            SeriesState state = stripe.get(key);
            if (state == null) {
                return; // never seen: nothing to reset
            }
            if (atMs <= state.lastMs) {
                outOfOrderPoints.increment();
                return;
            }
            endLocked(state, atMs);
        }
    }

    /** Forgets the series' counter and detector state; an open anomaly run stays as its last version said. */
    private void endLocked(SeriesState state, long atMs) {
        state.lastMs = atMs;
        state.endedAtMs = atMs;
        if (state.scoring != null) {
            state.scoring = null;
            state.tracker = null;
            activeSeries.decrementAndGet();
            endedSeries.increment();
        }
    }

    /**
     * Diagnoses the active incidents that are new, have a new component, or whose last diagnosis is
     * {@code rediagnoseMs} of data time old; while {@code behind} (more batches wait for the worker),
     * only {@value #BEHIND_FACTOR} times that, so a backlog does not rank every series again for
     * each of its batches, yet a worker that never catches up still refreshes its diagnoses.
     */
    private void rediagnose(boolean behind) {
        long now = correlator.nowMs();
        long due = behind ? rediagnoseMs * BEHIND_FACTOR : rediagnoseMs;
        List<Incident> active = correlator.active();
        for (Incident incident : active) {
            Set<String> components = new LinkedHashSet<>(incident.affectedComponents());
            Diagnosed last = diagnosed.get(incident.id());
            if (last == null || !last.components().equals(components) || now - last.atMs() >= due) {
                long onsetMs = incident.anomalies().stream().mapToLong(Anomaly::onsetMs).min().orElse(incident.openedAtMs());
                Diagnoser.Diagnosis d = diagnoser.diagnose(onsetMs, now, List.of());
                correlator.attachDiagnosis(incident.id(), d.causes(), d.recoveries());
                diagnosed.put(incident.id(), new Diagnosed(now, components));
            }
        }
        Set<String> activeIds = new java.util.HashSet<>();
        active.forEach(i -> activeIds.add(i.id()));
        diagnosed.keySet().retainAll(activeIds);
    }

    /** The anomaly runs overlapping the range, after every batch accepted before this call was correlated. */
    public List<Anomaly> anomalies(long fromMs, long toMs, String component) {
        flush();
        return anomalies.overlapping(fromMs, toMs, component);
    }

    public Topology topology() {
        return topology;
    }

    /** The incidents, after every batch accepted before this call was correlated and diagnosed. */
    public IncidentCorrelator incidents() {
        flush();
        return correlator;
    }

    /**
     * The incidents not yet resolved, without waiting for the diagnosis backlog (at most for the batch
     * being diagnosed): for gauges, which must answer while ingest runs ahead of diagnosis.
     */
    public int openIncidentCount() {
        synchronized (correlating) {
            return correlator.active().size();
        }
    }

    public Diagnoser diagnoser() {
        return diagnoser;
    }

    /** Replays of the scoring of stored ranges, with the scorers this pipeline makes. */
    public ScoreReplay scoreReplay() {
        return new ScoreReplay(store, scorers);
    }

    public Stats stats() {
        return new Stats(activeSeries.get(), scoredPoints.sum(), outOfOrderPoints.sum(), scorers.trainedModels(),
                counterResets.sum(), staleMarkers.sum(), endedSeries.sum(), diagnosis.pending(), diagnosis.fullWaits(),
                diagnosis.failures());
    }
}
