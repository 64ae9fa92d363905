package io.faultline.api.pipeline;

import io.faultline.features.counter.CounterRate;
import io.faultline.ingest.MetricStore;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RcaCase;
import io.faultline.rca.RecoveryAction;
import io.faultline.rca.RootCauseRanker;
import io.faultline.rca.change.ChangeEvidence;
import io.faultline.rca.change.ChangeEvidenceParams;
import io.faultline.rca.change.ChangeLink;
import io.faultline.rca.recovery.RecoveryAdvisor;
import io.faultline.rca.topology.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Answers "which component is at fault?" for a time window: reads the series of the components in
 * scope from the store (a baseline before the onset and the window after it), ranks them, weighs
 * recent changes on the ranked components ({@link ChangeEvidence}: a change shortly before the
 * onset boosts its component; a deploy on the top cause makes "roll back" the first recovery) and
 * suggests recoveries for the top cause. Used for live incidents and ad hoc questions alike.
 * Counters ({@code *_total}) are compared as their per-second rates, as they are scored.
 */
public final class Diagnoser {
    private final MetricStore store;
    private final Topology topology;
    private final RootCauseRanker ranker;
    private final RecoveryAdvisor advisor;
    private final long baselineMs;
    private final ChangeSource changes;
    private final ChangeEvidence changeEvidence;
    private final long changeWindowMs;

    /**
     * What the ranker concluded; empty causes when there was too little data to say.
     * {@code changes} are the changes taken as evidence, in the order of the causes they back.
     */
    public record Diagnosis(List<RankedCause> causes, List<RecoveryAction> recoveries, int seriesConsidered,
                            List<ChangeLink> changes) {
    }

    /** A diagnoser that knows of no changes. */
    public Diagnoser(MetricStore store, Topology topology, RootCauseRanker ranker, RecoveryAdvisor advisor, long baselineMs) {
        this(store, topology, ranker, advisor, baselineMs, ChangeSource.NONE, ChangeEvidenceParams.DEFAULTS);
    }

    /**
     * @param baselineMs how much history before the onset the ranker compares against
     * @param changes    the change events taken as evidence, weighed by {@code changeParams}
     */
    public Diagnoser(MetricStore store, Topology topology, RootCauseRanker ranker, RecoveryAdvisor advisor, long baselineMs,
                     ChangeSource changes, ChangeEvidenceParams changeParams) {
        if (baselineMs < 1) {
            throw new IllegalArgumentException("baseline must be >= 1 ms, was " + baselineMs);
        }
        this.store = store;
        this.topology = topology;
        this.ranker = ranker;
        this.advisor = advisor;
        this.baselineMs = baselineMs;
        this.changes = changes;
        this.changeEvidence = new ChangeEvidence(changeParams);
        this.changeWindowMs = changeParams.windowSeconds() * 1000;
    }

    /**
     * Ranks the components named in {@code components} (every component with series when empty)
     * for a fault with onset {@code onsetMs}, looking at data up to {@code endMs}.
     */
    public Diagnosis diagnose(long onsetMs, long endMs, Collection<String> components) {
        List<SeriesKey> inScope = new ArrayList<>();
        for (SeriesKey key : store.listSeries(List.of())) {
            String component = topology.componentOf(key);
            if (component != null && (components.isEmpty() || components.contains(component))) {
                inScope.add(key);
            }
        }
        List<ComponentSeries> series = new ArrayList<>();
        // one read for all: thousands of single-series queries cost the diagnosis worker far more CPU
        for (SeriesSamples read : store.readAll(inScope, onsetMs - baselineMs, endMs + 1)) {
            SeriesKey key = read.key();
            SeriesSamples samples = read;
            if (CounterRate.isCounter(key)) {
                samples = CounterRate.rates(samples);
            }
            if (samples.size() > 0) {
                series.add(topology.componentSeries(samples));
            }
        }
        if (series.isEmpty()) {
            return new Diagnosis(List.of(), List.of(), 0, List.of());
        }
        List<RankedCause> ranked = ranker.rank(new RcaCase(topology.graph(), series, onsetMs, endMs));
        ChangeEvidence.Result r = changeEvidence.apply(ranked, changes.between(onsetMs - changeWindowMs, onsetMs), onsetMs);
        List<ChangeLink> links = r.causes().stream().map(c -> r.links().get(c.component())).filter(Objects::nonNull).toList();
        return new Diagnosis(r.causes(), ChangeEvidence.preferRollback(r, advisor.adviseTop(r.causes())), series.size(), links);
    }

    public String rankerName() {
        return ranker.name();
    }
}
