package io.faultline.api.evaluate;

import io.faultline.api.PipelineAssembly;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.config.StorageConfig;
import io.faultline.api.pipeline.LivePipeline;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.store.DuckDbMetricStore;
import io.faultline.rca.Anomaly;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.Incident;
import io.faultline.rca.RcaCase;
import io.faultline.rca.topology.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds a case's fault onset without being told it, with the live service's own machinery: every row of the
 * case is streamed through a fresh {@link LivePipeline} built from the configuration (store, the configured
 * streaming detector, anomaly runs, the incident correlator over the case's graph), as a server receiving
 * those metrics would: rows before {@code watchFromMs} (history) in batches of 60 rows, the watched
 * rows one timestamp per batch. The first incident that becomes visible at or after {@code watchFromMs} is
 * the fault's; earlier incidents (on a known-normal recording played as history, or in the detectors'
 * warm-up) are ignored.
 *
 * <p>No look-ahead: the decision is taken at the first row at which the incident is visible and at least
 * {@code afterMs} of data follows its onset (the onset being the earliest onset of the incident's anomalies at
 * that row, as the live diagnosis takes it, moved back to any anomaly that began within the correlator's join
 * window before it), or at the last row when the recording ends first. The ranker is
 * then given the rows up to the decision only, so it sees what the service had seen by then.
 */
public final class OnsetDetection {
    /** History (rows before the watched stretch) is sent in batches of this many rows, as a backfill would be. */
    private static final int HISTORY_ROWS_PER_BATCH = 60;
    private final FaultlineConfig config;
    private final long afterMs;
    private final long joinWindowMs;
    private final long warmUpMs;
    private final long persistMs;

    /**
     * A found onset.
     *
     * @param onsetMs    the earliest onset of the incident's anomalies at the decision
     * @param openedAtMs when the incident became visible (data time)
     * @param decisionMs the last row the ranker is given
     * @param components the incident's components at the decision, in order of first onset
     */
    public record Onset(long onsetMs, long openedAtMs, long decisionMs, List<String> components) {
    }

    /**
     * @param config  the live configuration whose detection, anomaly and incident settings are used
     * @param afterMs  how much data after the onset to wait for before ranking, >= 0
     * @param warmUpMs how long the detectors run on a recording before its incidents count, when the case has no
     *                 separate normal recording (see {@link RcaEvaluation}), >= 0
     */
    public OnsetDetection(FaultlineConfig config, long afterMs, long warmUpMs) {
        this(config, afterMs, warmUpMs, 0);
    }

    /**
     * @param persistMs when > 0, the incident is taken as the fault only once it has lasted this long after its
     *                  onset (and afterMs) and was still firing (an anomaly of it at its series' latest point) at
     *                  every row from {@code afterMs} after the onset on; one that goes quiet before is dropped as
     *                  a passing glitch and the search goes on with what follows. The ranker then gets the rows
     *                  up to that decision. 0 takes the first incident, as the 3-argument constructor does; >= 0
     */
    public OnsetDetection(FaultlineConfig config, long afterMs, long warmUpMs, long persistMs) {
        if (afterMs < 0 || warmUpMs < 0 || persistMs < 0) {
            throw new IllegalArgumentException("afterMs, warmUpMs and persistMs must be >= 0, were " + afterMs + ", "
                    + warmUpMs + " and " + persistMs);
        }
        this.persistMs = persistMs;
        this.warmUpMs = warmUpMs;
        this.config = config.withStorage(new StorageConfig(DuckDbMetricStore.IN_MEMORY));
        this.afterMs = afterMs;
        this.joinWindowMs = config.incidents().joinWindowMs();
    }

    public long afterMs() {
        return afterMs;
    }

    /** How long a recording without a separate normal one is streamed before its incidents count. */
    public long warmUpMs() {
        return warmUpMs;
    }

    /**
     * Streams {@code full}'s series (its onset and end are ignored) and returns the onset found, or empty when
     * no incident became visible at or after {@code watchFromMs}.
     */
    public Optional<Onset> find(RcaCase full, long watchFromMs) {
        List<SeriesSamples> series = full.series().stream().map(ComponentSeries::samples).filter(s -> s.size() > 0).toList();
        long[] times = timeline(series);
        int[] cursor = new int[series.size()];
        try (DuckDbMetricStore store = DuckDbMetricStore.open(DuckDbMetricStore.IN_MEMORY)) {
            LivePipeline pipeline = PipelineAssembly.build(config, store, Topology.of(full.graph()));
            String id = null;
            long openedAt = 0;
            int row = 0;
            while (row < times.length && times[row] < watchFromMs) {
                int end = Math.min(row + HISTORY_ROWS_PER_BATCH, times.length);
                while (end > row && times[end - 1] >= watchFromMs) {
                    end--;
                }
                pipeline.accept(batchBefore(series, cursor, times[end - 1]));
                row = end;
            }
            long since = Long.MIN_VALUE;
            for (; row < times.length; row++) {
                long t = times[row];
                pipeline.accept(batchBefore(series, cursor, t));
                if (id == null) {
                    long from = since;
                    Optional<Incident> first = pipeline.incidents().active().stream()
                            .filter(i -> i.openedAtMs() >= watchFromMs
                                    && i.anomalies().stream().anyMatch(an -> an.onsetMs() >= from)).findFirst();
                    if (first.isEmpty()) {
                        continue;
                    }
                    id = first.get().id();
                    openedAt = Math.max(first.get().openedAtMs(), since);
                }
                Incident incident = pipeline.incidents().find(id).orElseThrow();
                long onset = onsetOf(pipeline, incident, t, watchFromMs, since);
                if (t < onset + afterMs) {
                    continue;
                }
                if (persistMs > 0 && !firing(incident, series, cursor)) {
                    // Gone quiet before it was confirmed: a passing glitch, not the fault. What came before is
                    // history now; the next anomalies (in a new incident or joining this one) are looked at afresh.
                    since = t + 1;
                    id = null;
                    continue;
                }
                if (t >= onset + Math.max(afterMs, persistMs)) {
                    return Optional.of(new Onset(onset, openedAt, t, incident.affectedComponents()));
                }
            }
            if (id == null) {
                return Optional.empty();
            }
            long last = times[times.length - 1];
            Incident incident = pipeline.incidents().find(id).orElseThrow();
            return Optional.of(new Onset(onsetOf(pipeline, incident, last, watchFromMs, since), openedAt, last,
                    incident.affectedComponents()));
        }
    }

    /** {@code full} as the ranker sees it at the decision: rows up to it, the onset found. */
    public static RcaCase atDecision(RcaCase full, Onset onset) {
        List<ComponentSeries> cut = new ArrayList<>(full.series().size());
        for (ComponentSeries s : full.series()) {
            SeriesSamples samples = s.samples();
            int n = 0;
            while (n < samples.size() && samples.timestampsMs()[n] <= onset.decisionMs()) {
                n++;
            }
            if (n > 0) {
                cut.add(new ComponentSeries(s.component(), s.signal(), new SeriesSamples(samples.key(),
                        Arrays.copyOf(samples.timestampsMs(), n), Arrays.copyOf(samples.values(), n))));
            }
        }
        return new RcaCase(full.graph(), cut, onset.onsetMs(), onset.decisionMs());
    }

    /**
     * The incident's earliest anomaly onset, moved back to the earliest anomaly (of any component, in this
     * incident or not) that began within the correlator's join window before it: without a graph, or with one
     * that misses an edge, the correlator keeps a lone culprit anomaly in an incident of its own, not yet
     * visible, while the symptoms it causes open the visible one seconds later.
     */
    private long onsetOf(LivePipeline pipeline, Incident incident, long nowMs, long watchFromMs, long sinceMs) {
        long onset = incident.anomalies().stream().mapToLong(Anomaly::onsetMs).filter(o -> o >= sinceMs).min()
                .orElse(Math.max(incident.openedAtMs(), sinceMs));
        long from = Math.max(Math.max(watchFromMs, sinceMs), onset - joinWindowMs);
        long earliest = pipeline.anomalies(from, nowMs, null).stream().mapToLong(Anomaly::onsetMs)
                .filter(o -> o >= from).min().orElse(onset);
        return Math.min(onset, earliest);
    }

    /**
     * Whether one of the incident's anomalies is still going on: its last anomalous point is its series' latest
     * point so far (series are sampled at their own times, so the latest row need not hold a point of it).
     */
    private static boolean firing(Incident incident, List<SeriesSamples> series, int[] cursor) {
        for (Anomaly a : incident.anomalies()) {
            for (int i = 0; i < series.size(); i++) {
                if (cursor[i] > 0 && series.get(i).key().equals(a.series())
                        && a.endMs() >= series.get(i).timestampsMs()[cursor[i] - 1]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long[] timeline(List<SeriesSamples> series) {
        TreeSet<Long> all = new TreeSet<>();
        series.forEach(s -> Arrays.stream(s.timestampsMs()).forEach(all::add));
        return all.stream().mapToLong(Long::longValue).toArray();
    }

    /** Each series' samples from its cursor up to and including {@code t}, advancing the cursors past them. */
    private static SampleBatch batchBefore(List<SeriesSamples> series, int[] cursor, long t) {
        List<SeriesSamples> batch = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            SeriesSamples s = series.get(i);
            int from = cursor[i];
            while (cursor[i] < s.size() && s.timestampsMs()[cursor[i]] <= t) {
                cursor[i]++;
            }
            if (cursor[i] > from) {
                batch.add(new SeriesSamples(s.key(), Arrays.copyOfRange(s.timestampsMs(), from, cursor[i]),
                        Arrays.copyOfRange(s.values(), from, cursor[i])));
            }
        }
        return new SampleBatch(batch);
    }
}
