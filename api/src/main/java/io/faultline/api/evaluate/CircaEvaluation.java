package io.faultline.api.evaluate;

import io.faultline.datasets.circa.CausalEdge;
import io.faultline.datasets.circa.CircaCase;
import io.faultline.datasets.circa.CircaGenerator;
import io.faultline.datasets.circa.CircaParams;
import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RcaCase;
import io.faultline.rca.RootCauseRanker;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.SignalKinds;
import io.faultline.training.metrics.RankingAccuracy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A root-cause ranker on CIRCA's synthetic benchmark ({@link CircaGenerator}): cases of seeds
 * {@code firstSeed, firstSeed + 1, ...} are generated, each handed to the ranker as an {@link RcaCase} (the truth
 * stays here) and scored two ways: CIRCA's AC@k for several root causes ({@link CircaAccuracy}, the headline,
 * comparable with the published figures) and AC@k counting a hit at k when any true root cause is in the top k
 * ({@link RankingAccuracy} on the best-ranked true root cause), which is never lower.
 */
public final class CircaEvaluation {
    private final CircaGenerator generator;
    private final RootCauseRanker ranker;
    private final long tdeltaSeconds;

    /** One case: its seed, true root causes, the ranking (components, best first) and the best true cause's place. */
    public record Outcome(long seed, List<String> rootCauses, List<String> ranking, int firstHit) {
    }

    /**
     * Accuracy over every case; {@code unranked} counts cases the ranker returned nothing for, {@code rootCauses}
     * the true root causes over all cases.
     */
    public record Summary(String benchmark, int nodes, String ranker, long tdeltaSeconds, long firstSeed, int cases,
                          int unranked, int rootCauses, CircaAccuracy circa, RankingAccuracy anyRootCause,
                          CircaParams params) {
    }

    /** @param tdeltaSeconds how late the fault time is given to the ranker, >= 0 */
    public CircaEvaluation(CircaParams params, RootCauseRanker ranker, long tdeltaSeconds) {
        if (params == null || ranker == null) {
            throw new IllegalArgumentException("params and a ranker are required");
        }
        if (tdeltaSeconds < 0) {
            throw new IllegalArgumentException("tdelta must be >= 0 seconds, was " + tdeltaSeconds);
        }
        this.generator = new CircaGenerator(params);
        this.ranker = ranker;
        this.tdeltaSeconds = tdeltaSeconds;
    }

    /** Evaluates {@code cases} cases from {@code firstSeed} on, handing each outcome to {@code each} as it is made. */
    public Summary run(long firstSeed, int cases, Consumer<Outcome> each) {
        if (cases < 1) {
            throw new IllegalArgumentException("cases must be >= 1, was " + cases);
        }
        List<CircaAccuracy.Case> scored = new ArrayList<>(cases);
        List<RankingAccuracy.Case> any = new ArrayList<>(cases);
        int unranked = 0;
        int rootCauses = 0;
        for (int i = 0; i < cases; i++) {
            CircaCase c = generator.generate(firstSeed + i);
            List<String> ranking = ranker.rank(rcaCase(c, tdeltaSeconds * 1000)).stream()
                    .map(RankedCause::component).toList();
            CircaAccuracy.Case one = new CircaAccuracy.Case(c.rootCauses(), ranking);
            List<String> truth = c.nodes().stream().filter(c.rootCauses()::contains).toList();
            int hit = one.firstHit();
            scored.add(one);
            any.add(new RankingAccuracy.Case(hit > 0 ? ranking.get(hit - 1) : truth.get(0), ranking));
            unranked += ranking.isEmpty() ? 1 : 0;
            rootCauses += truth.size();
            each.accept(new Outcome(c.seed(), truth, ranking, hit));
        }
        CircaParams p = generator.params();
        return new Summary("circa-" + p.nodes(), p.nodes(), ranker.name(), tdeltaSeconds, firstSeed, cases, unranked,
                rootCauses, CircaAccuracy.of(scored), RankingAccuracy.of(any), p);
    }

    /**
     * The case as a ranker sees it: a component per node with its one series, and a call edge
     * {@code effect -> cause} per causal edge {@code cause -> effect} (in a {@link ServiceGraph} faults in the
     * callee show up in the caller); the onset is the fault time plus {@code tdeltaMs}, the end the last step.
     */
    public static RcaCase rcaCase(CircaCase c, long tdeltaMs) {
        if (tdeltaMs < 0) {
            throw new IllegalArgumentException("tdelta must be >= 0, was " + tdeltaMs + " ms");
        }
        List<ServiceGraph.Component> components = c.nodes().stream()
                .map(n -> new ServiceGraph.Component(n, "service")).toList();
        List<ServiceGraph.Edge> edges = new ArrayList<>(c.edges().size());
        for (CausalEdge e : c.edges()) {
            edges.add(new ServiceGraph.Edge(e.effect(), e.cause()));
        }
        List<ComponentSeries> series = new ArrayList<>(c.series().size());
        for (int i = 0; i < c.nodes().size(); i++) {
            SeriesSamples s = c.series().get(i);
            series.add(new ComponentSeries(c.nodes().get(i), SignalKinds.of(s.key()), s));
        }
        long onset = c.faultTimeMs() + tdeltaMs;
        return new RcaCase(new ServiceGraph(components, edges), series, onset, Math.max(c.endMs(), onset));
    }
}
