package io.faultline.rca.rank;

import io.faultline.rca.ComponentSeries;
import io.faultline.rca.FaultKind;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RcaCase;
import io.faultline.rca.RootCauseRanker;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.SignalKind;
import io.faultline.rca.topology.GraphPaths;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Ranks components by how far their metrics left their own baseline, then lets the service graph
 * sort causes from symptoms.
 *
 * <p>Per series (see {@link DeviationMeasure}): robust z of the smoothed window against the median
 * and MAD of the points before the onset, in the spirit of BARO's robust scorer, which scales by the
 * IQR instead (Pham et al., "BARO: Robust Root Cause Analysis for Microservices via Multivariate
 * Bayesian Online Change Point Detection", FSE 2024). Per component: {@code log(1+z)} of its strongest deviation plus a share of the next
 * two, downward and traffic moves discounted (see {@link ComponentDeviations}). Then, because faults
 * propagate from callee to caller (the premise of MicroRCA, Wu et al., NOMS 2020, and of CIRCA,
 * Li et al., KDD 2022):
 * <ul>
 *   <li>a component that calls, directly or not, a component whose fault-like deviation (an
 *       upward move of cpu, memory, latency, errors, disk or network) began no later than its own
 *       shows symptoms of that fault: the deviations that propagate to callers (latency, errors,
 *       network, traffic, downward moves) count {@code demoteFactor} times, while its own cpu,
 *       memory and disk rises, which no callee can cause, keep their weight;</li>
 *   <li>a component with fault-like deviations gains {@code promoteWeight} times the share of the
 *       other anomalous components that reach it as callers and began no earlier: the upstream
 *       symptoms it explains;</li>
 *   <li>a component with fault-like deviations from which a chain of anomalous callers climbs to an
 *       entry point of the graph (a component nothing calls, where users feel the symptom; every
 *       component, in a graph without edges) gains {@code entryPathBonus}, plus
 *       {@code entryChainWeight} times the callers' summed symptom scores along its strongest such
 *       chain: the anomalous-path traversal of the PetShop benchmark's own baseline (Hardt et al.,
 *       "The PetShop Dataset", NeurIPS 2023 datasets track), with the SLI node, which the ranker
 *       is not told, replaced by any entry point;</li>
 *   <li>the component(s) whose fault-like deviation began first gain {@code firstOnsetBonus};</li>
 *   <li>a component without any fault-like deviation (traffic, improving or unknown moves only)
 *       keeps {@code nonFaultFactor} of its score.</li>
 * </ul>
 * Components with at least one significant deviation are ranked first; the others follow, below
 * them, by their strongest sub-threshold deviation (no fault kind). The evidence is the
 * strongest deviations; {@code pathToSymptoms} runs from the cause along callers to the farthest
 * anomalous component it explains (just the cause when it explains none). The fault kind comes from
 * {@link FaultKindClassifier}. With no significant deviation the components are ranked by
 * their strongest sub-threshold one (no fault kind); only with too little baseline on every series
 * is the answer an empty list. Stateless and thread-safe.
 */
public final class BaselineDeviationRanker implements RootCauseRanker {
    public static final String NAME = "baseline-deviation";

    private final BaselineDeviationParams params;
    private final SeriesMeasure measure;
    private final FaultKindClassifier classifier;
    private final CalleeResiduals calleeResiduals;

    public BaselineDeviationRanker(BaselineDeviationParams params) {
        this(params, params == null ? null : new DeviationMeasure(params));
    }

    /** With another way to measure a series: for tests that compare against a reference measure. */
    BaselineDeviationRanker(BaselineDeviationParams params, SeriesMeasure measure) {
        if (params == null) {
            throw new IllegalArgumentException("params are required");
        }
        this.params = params;
        this.measure = measure;
        this.classifier = new FaultKindClassifier(params.classifier());
        this.calleeResiduals = new CalleeResiduals(params);
    }

    @Override
    public String name() {
        return NAME;
    }

    public BaselineDeviationParams params() {
        return params;
    }

    @Override
    public List<RankedCause> rank(RcaCase rcaCase) {
        Map<String, List<SeriesDeviation>> byComponent = new TreeMap<>();
        Map<ComponentSeries, ComponentSeries> residuals = calleeResiduals.of(rcaCase);
        for (ComponentSeries cs : rcaCase.series()) {
            if (cs.component() == null) {
                continue;
            }
            Optional<SeriesDeviation> d = measure.measure(cs, rcaCase.onsetMs(), rcaCase.endMs())
                    .map(dev -> unexplained(dev, residuals.get(cs), rcaCase));
            d.ifPresent(dev -> byComponent.computeIfAbsent(cs.component(), k -> new ArrayList<>()).add(dev));
        }
        List<ComponentDeviations> anomalous = byComponent.entrySet().stream()
                .map(e -> ComponentDeviations.of(e.getKey(), e.getValue(), params))
                .filter(ComponentDeviations::anomalous)
                .toList();
        if (anomalous.isEmpty()) {
            return weakRanking(byComponent);
        }
        GraphPaths paths = new GraphPaths(rcaCase.graph());
        long firstOnset = anomalous.stream().filter(ComponentDeviations::faultLike)
                .mapToLong(ComponentDeviations::onsetMs).min().orElse(Long.MAX_VALUE);
        Map<String, Double> baseScores = anomalous.stream()
                .collect(Collectors.toMap(ComponentDeviations::component, ComponentDeviations::symptomScore));
        List<RankedCause> causes = new ArrayList<>();
        for (ComponentDeviations c : anomalous) {
            List<ComponentDeviations> explained = explainedCallers(c, anomalous, paths);
            Set<SignalKind> calleeSignals = explainingCalleeSignals(c, anomalous, paths);
            double score = calleeSignals == null ? c.baseScore() : c.explainedScore(calleeSignals, params);
            if (anomalous.size() > 1) {
                score *= 1 + params.promoteWeight() * explained.size() / (anomalous.size() - 1);
            }
            double chain = c.faultLike() ? chainToEntry(c.component(), baseScores, rcaCase.graph(), new HashSet<>(),
                    new HashMap<>()) : Double.NaN;
            if (!Double.isNaN(chain)) {
                score = score * (1 + params.entryPathBonus()) + params.entryChainWeight() * chain;
            }
            if (c.faultLike() && c.onsetMs() == firstOnset) {
                score *= 1 + params.firstOnsetBonus();
            }
            if (!c.faultLike()) {
                score *= params.nonFaultFactor();
            }
            causes.add(new RankedCause(c.component(), score, classifier.classify(c.significantDeviations()),
                    c.evidence(params.maxEvidence()), pathToSymptoms(c, explained, paths)));
        }
        if (params.walkWeight() > 0) {
            causes = walked(causes, anomalous, rcaCase);
        }
        causes.sort(Comparator.comparingDouble(RankedCause::score).reversed().thenComparing(RankedCause::component));
        double lowest = causes.get(causes.size() - 1).score();
        Set<String> ranked = anomalous.stream().map(ComponentDeviations::component).collect(Collectors.toSet());
        Map<String, List<SeriesDeviation>> rest = new TreeMap<>(byComponent);
        rest.keySet().removeAll(ranked);
        for (RankedCause weak : weakRanking(rest)) {
            // Below every significant cause, in the order of their strongest sub-threshold move: a
            // second root cause too mild to pass the threshold still beats a component that did not move.
            causes.add(new RankedCause(weak.component(), lowest * 0.5 * weak.score() / (1 + weak.score()),
                    weak.faultKind(), weak.evidence(), weak.pathToSymptoms()));
        }
        return List.copyOf(causes);
    }

    /**
     * The causes' scores times {@code 1 + walkWeight * (walk - 1)} (at least 0), walk being each one's
     * personalised PageRank over the anomalous subgraph relative to the average (see
     * {@link AnomalousSubgraphWalk}), restarting in proportion to the scores so far.
     */
    private List<RankedCause> walked(List<RankedCause> causes, List<ComponentDeviations> anomalous, RcaCase rcaCase) {
        Map<io.faultline.ingest.SeriesKey, io.faultline.ingest.SeriesSamples> byKey = new HashMap<>();
        rcaCase.series().forEach(cs -> byKey.put(cs.samples().key(), cs.samples()));
        Map<String, io.faultline.ingest.SeriesSamples> strongest = new HashMap<>();
        for (ComponentDeviations c : anomalous) {
            c.deviations().stream().filter(SeriesDeviation::significant).findFirst()
                    .map(d -> byKey.get(d.deviation().series()))
                    .ifPresent(s -> strongest.put(c.component(), s));
        }
        List<String> names = causes.stream().map(RankedCause::component).toList();
        double[] scores = causes.stream().mapToDouble(c -> Math.max(0, c.score())).toArray();
        double[] walk = new AnomalousSubgraphWalk(params.walkRestart(), params.walkBackward())
                .walk(names, scores, strongest, rcaCase.graph(), rcaCase.endMs());
        List<RankedCause> out = new ArrayList<>(causes.size());
        for (int i = 0; i < causes.size(); i++) {
            RankedCause c = causes.get(i);
            double factor = Math.max(1e-3, 1 + params.walkWeight() * (walk[i] - 1));
            out.add(new RankedCause(c.component(), c.score() * factor, c.faultKind(), c.evidence(), c.pathToSymptoms()));
        }
        return out;
    }

    /**
     * The deviation scored by the part its callees do not explain: its residual's z (see
     * {@link CalleeResiduals}), when it has a residual; the evidence keeps its own z.
     */
    private SeriesDeviation unexplained(SeriesDeviation own, ComponentSeries residual, RcaCase rcaCase) {
        if (residual == null) {
            return own;
        }
        return measure.measure(residual, rcaCase.onsetMs(), rcaCase.endMs())
                .map(r -> own.scoredBy(r.magnitude(), params.thresholdZ()))
                .orElse(own);
    }

    /**
     * When nothing reached the threshold (a late onset, a mild fault), the components still have
     * an order: by their strongest weighted deviation, each with its deviations as weak evidence and
     * no fault kind, rather than no answer at all.
     */
    private List<RankedCause> weakRanking(Map<String, List<SeriesDeviation>> byComponent) {
        List<RankedCause> causes = new ArrayList<>();
        byComponent.forEach((component, measured) -> {
            ComponentDeviations c = ComponentDeviations.of(component, measured, params);
            causes.add(new RankedCause(component, c.weakScore(), FaultKind.UNKNOWN,
                    c.weakEvidence(params.maxEvidence()), List.of(component)));
        });
        causes.sort(Comparator.comparingDouble(RankedCause::score).reversed().thenComparing(RankedCause::component));
        return List.copyOf(causes);
    }

    /**
     * The largest sum of symptom scores along a chain of anomalous callers from {@code component} up
     * to an entry point (a component nothing calls), the way a fault's symptoms climb to where
     * users feel them: 0 for an entry point itself, NaN when no such chain exists. A graph without
     * edges makes every component an entry point.
     */
    private static double chainToEntry(String component, Map<String, Double> anomalous, ServiceGraph graph,
                                       Set<String> onPath, Map<String, Double> memo) {
        Set<String> callers = graph.callers(component);
        if (callers.isEmpty()) {
            return 0;
        }
        Double known = memo.get(component);
        if (known != null) {
            return known;
        }
        onPath.add(component);
        double best = Double.NaN;
        for (String caller : callers) {
            Double own = anomalous.get(caller);
            if (own != null && !onPath.contains(caller)) {
                double above = chainToEntry(caller, anomalous, graph, onPath, memo);
                if (!Double.isNaN(above) && !(own + above <= best)) {
                    best = own + above;
                }
            }
        }
        onPath.remove(component);
        memo.put(component, best);
        return best;
    }

    /**
     * The signals of the fault-like moves of what c depends on, directly or not, that began no
     * later than c's own onset: what explains c's symptoms; null when nothing does.
     */
    private Set<SignalKind> explainingCalleeSignals(ComponentDeviations c, List<ComponentDeviations> anomalous,
                                                    GraphPaths paths) {
        Map<String, Integer> callees = paths.calleeDistances(c.component());
        Set<SignalKind> signals = null;
        for (ComponentDeviations d : anomalous) {
            if (d != c && d.faultLike() && callees.containsKey(d.component())
                    && d.onsetMs() <= c.onsetMs() + params.onsetToleranceMs()) {
                signals = signals == null ? EnumSet.noneOf(SignalKind.class) : signals;
                signals.addAll(d.faultSignals());
            }
        }
        return signals;
    }

    /** The anomalous components that call c, directly or not, and began no earlier: symptoms c explains. */
    private List<ComponentDeviations> explainedCallers(ComponentDeviations c, List<ComponentDeviations> anomalous,
                                                       GraphPaths paths) {
        if (!c.faultLike()) {
            return List.of();
        }
        Map<String, Integer> callers = paths.callerDistances(c.component());
        return anomalous.stream().filter(d -> d != c && callers.containsKey(d.component())
                && d.onsetMs() >= c.onsetMs() - params.onsetToleranceMs()).toList();
    }

    private static List<String> pathToSymptoms(ComponentDeviations c, List<ComponentDeviations> explained,
                                               GraphPaths paths) {
        Map<String, Integer> callers = paths.callerDistances(c.component());
        return explained.stream()
                .max(Comparator.comparingInt((ComponentDeviations d) -> callers.get(d.component()))
                        .thenComparingDouble(ComponentDeviations::baseScore)
                        .thenComparing(ComponentDeviations::component, Comparator.reverseOrder()))
                .map(target -> paths.callerPath(c.component(), target.component()))
                .orElse(List.of(c.component()));
    }
}
