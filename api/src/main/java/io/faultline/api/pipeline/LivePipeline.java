package io.faultline.api.pipeline;

import io.faultline.ingest.MetricStore;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.models.ScoredPoint;
import io.faultline.rca.Anomaly;
import io.faultline.rca.Incident;
import io.faultline.rca.incident.AnomalyEvent;
import io.faultline.rca.incident.AnomalyTracker;
import io.faultline.rca.incident.AnomalyTrackerParams;
import io.faultline.rca.incident.IncidentCorrelator;
import io.faultline.rca.topology.Topology;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The live path of every accepted batch: store it (all or nothing), score each new point of each
 * series in time order, turn anomalous points into anomaly runs, group the runs into incidents,
 * and diagnose an incident when it appears, when a component joins it, or every
 * {@code rediagnoseMs} of data time while it is active.
 *
 * <p>Storing happens first and alone can fail the request; scoring follows under one lock, so
 * each series is scored in order even when requests arrive on several threads. A point not later
 * than the last scored point of its series is stored but not scored (counted in
 * {@link #stats()}).
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

    private final Object scoring = new Object();
    private final Map<SeriesKey, SeriesState> series = new HashMap<>();
    private final Map<String, Diagnosed> diagnosed = new HashMap<>();
    private long scoredPoints;
    private long outOfOrderPoints;
    private volatile Runnable afterChange = () -> { };

    private static final class SeriesState {
        final io.faultline.models.Scorer scorer;
        final AnomalyTracker tracker;
        long lastMs = Long.MIN_VALUE;

        SeriesState(io.faultline.models.Scorer scorer, AnomalyTracker tracker) {
            this.scorer = scorer;
            this.tracker = tracker;
        }
    }

    private record Diagnosed(long atMs, Set<String> components) {
    }

    /** Counters of the scoring path. */
    public record Stats(int activeSeries, long scoredPoints, long outOfOrderPoints, int trainedModels) {
    }

    public LivePipeline(MetricStore store, ScorerFactory scorers, Topology topology, AnomalyTrackerParams trackerParams,
                 IncidentCorrelator correlator, Diagnoser diagnoser, long rediagnoseMs) {
        this.store = store;
        this.scorers = scorers;
        this.topology = topology;
        this.trackerParams = trackerParams;
        this.correlator = correlator;
        this.diagnoser = diagnoser;
        this.rediagnoseMs = rediagnoseMs;
    }

    /** Stores the batch, then scores it; throws (having stored nothing) when the store refuses it. */
    public void accept(SampleBatch batch) {
        store.append(batch);
        synchronized (scoring) {
            long latestMs = Long.MIN_VALUE;
            for (SeriesSamples samples : batch.series()) {
                if (samples.size() > 0) {
                    score(samples);
                    latestMs = Math.max(latestMs, samples.timestampsMs()[samples.size() - 1]);
                }
            }
            if (latestMs != Long.MIN_VALUE) {
                correlator.advanceTo(latestMs);
            }
            rediagnose();
            afterChange.run();
        }
    }

    /**
     * Evidence from outside the metrics, e.g. firing alerts: each anomaly joins the incidents
     * like a detected one (a newer version of the same series and onset replaces the older).
     * Anomalies in {@code ended} update only runs an active incident still holds, so the end of
     * evidence whose incident is over opens nothing new.
     */
    public void acceptEvidence(List<Anomaly> firing, List<Anomaly> ended) {
        synchronized (scoring) {
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
            rediagnose();
            afterChange.run();
        }
    }

    /**
     * Runs {@code hook} after every batch or evidence has been applied, under the scoring lock
     * (so it must be quick): how notifications learn of incident changes until the incident
     * lifecycle reports transitions itself.
     */
    public void afterEachChange(Runnable hook) {
        this.afterChange = hook;
    }

    private void score(SeriesSamples samples) {
        SeriesState state = series.computeIfAbsent(samples.key(), key -> new SeriesState(
                scorers.create(key, samples.timestampsMs()[0]), AnomalyTracker.of(key, topology, trackerParams)));
        for (int i = 0; i < samples.size(); i++) {
            long t = samples.timestampsMs()[i];
            if (t <= state.lastMs) {
                outOfOrderPoints++;
                continue;
            }
            state.lastMs = t;
            scoredPoints++;
            ScoredPoint point = state.scorer.score(t, samples.values()[i]);
            Optional<AnomalyEvent> event = state.tracker.accept(point);
            if (event.isPresent()) {
                Anomaly anomaly = event.get().anomaly();
                anomalies.record(anomaly);
                correlator.accept(anomaly);
            }
        }
    }

    private void rediagnose() {
        long now = correlator.nowMs();
        List<Incident> active = correlator.active();
        for (Incident incident : active) {
            Set<String> components = new LinkedHashSet<>(incident.affectedComponents());
            Diagnosed last = diagnosed.get(incident.id());
            if (last == null || !last.components().equals(components) || now - last.atMs() >= rediagnoseMs) {
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

    public List<Anomaly> anomalies(long fromMs, long toMs, String component) {
        return anomalies.overlapping(fromMs, toMs, component);
    }

    public Topology topology() {
        return topology;
    }

    public IncidentCorrelator incidents() {
        return correlator;
    }

    public Diagnoser diagnoser() {
        return diagnoser;
    }

    public Stats stats() {
        synchronized (scoring) {
            return new Stats(series.size(), scoredPoints, outOfOrderPoints, scorers.trainedModels());
        }
    }
}
