package io.faultline.api.evaluate;

import io.faultline.datasets.rcaeval.CaseError;
import io.faultline.datasets.rcaeval.LoadReport;
import io.faultline.datasets.rcaeval.MetricColumn;
import io.faultline.datasets.rcaeval.RcaCaseData;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SeriesKey;
import io.faultline.rca.FaultKind;
import io.faultline.rca.MetricDeviation;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RcaCase;
import io.faultline.rca.RootCauseRanker;
import io.faultline.rca.rank.MetricRanker;
import io.faultline.rca.rank.ScoredMetric;
import io.faultline.training.metrics.RankingAccuracy;
import io.faultline.training.rca.DatasetFaultKinds;
import io.faultline.training.rca.FaultKindAccuracy;
import io.faultline.training.rca.ServiceRanking;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Root-cause ranking accuracy on a benchmark folder: every case is loaded, handed to the ranker as an
 * {@link RcaCase} (see {@link RcaCaseAssembly}; the truth stays here), and its ranking scored with RCAEval's
 * AC@1..5 and Avg@5 per group (fault type) and overall. At service level the ranking is made as RCAEval makes
 * it: from the ranker's metric ranking when it ranks metrics ({@link MetricRanker}), else from its components,
 * each mapped to its service ({@link ServiceRanking}). A malformed case folder is skipped and counted; a case
 * the ranker returns nothing for counts as a miss.
 */
public final class RcaEvaluation {
    private final RcaDataFormat format;
    private final RootCauseRanker ranker;
    private final long tdeltaSeconds;
    private final OnsetDetection detection;
    private final boolean componentLevel;

    /** One deviation behind a cause: the metric (its column name) and how far it moved. */
    public record Evidence(String metric, double magnitude, String direction, long onsetMs) {
    }

    /** One ranked cause as the ranker gave it. */
    public record Cause(String component, double score, String faultKind, List<Evidence> evidence) {
    }

    /** One metric of a metric-level ranking, with its score. */
    public record Metric(String column, double score) {
    }

    /**
     * One case: the ranking that was scored (services or components, best first), the truth's 1-based place
     * in it (0 when absent), the ranker's causes and, for a metric-level ranker, its whole metric ranking.
     */
    public record Outcome(String name, String group, String rootCause, String faultType, long onsetMs, int rank,
                          List<String> ranking, List<Cause> causes, List<Metric> metrics, Detected detected) {
    }

    /**
     * With {@code --detect}: whether an onset was found, the true fault time (for the report only; the ranker
     * never sees it), when the incident became visible, the last row given to the ranker and the onset's
     * delay after the fault time in seconds (negative: found before it), and the incident's components at the
     * decision. Null without {@code --detect}.
     */
    public record Detected(boolean found, long faultTimeMs, long openedAtMs, long decisionMs, double delaySeconds,
                           List<String> incidentComponents) {
    }

    /**
     * With {@code --detect}: the data waited for after the onset, the cases with an onset found and those
     * without (each a miss, named), the onsets found more than a minute before the fault time ({@code early},
     * false alarms taken for the fault), and the median and largest delay of the found onsets in seconds.
     */
    public record DetectionSummary(long afterSeconds, int found, int notFound, List<String> notFoundCases, int early,
                                   double medianDelaySeconds, double maxDelaySeconds) {
    }

    /**
     * Accuracy per group and overall; {@code unranked} counts cases the ranker returned nothing for,
     * {@code malformed} the case folders skipped (named in {@code malformedCases}), {@code notes} the loader's.
     */
    public record Summary(String format, String ranker, long tdeltaSeconds, int cases, int unranked, int malformed,
                          List<String> malformedCases, List<String> notes, Map<String, RankingAccuracy> byFault,
                          RankingAccuracy overall, FaultKindAccuracy faultKinds, DetectionSummary detection,
                          Map<String, FaultKindAccuracy> faultKindsByFault) {
    }

    /** @param tdeltaSeconds how late the fault time is given to the ranker, >= 0 */
    public RcaEvaluation(RcaDataFormat format, RootCauseRanker ranker, long tdeltaSeconds) {
        this(format, ranker, tdeltaSeconds, null, !format.serviceLevel());
    }

    /**
     * @param detection when not null, the onset is found by it ({@code --detect}) and the fault time and
     *                  {@code tdeltaSeconds} are not given to the ranker
     * @param componentLevel score the ranked components as they are, rather than by RCAEval's service rule
     *                  (which merges {@code cart-db} into {@code cart}, so a culprit database could never be
     *                  found: right for RCAEval's own sets, wrong for the simulator's)
     */
    public RcaEvaluation(RcaDataFormat format, RootCauseRanker ranker, long tdeltaSeconds, OnsetDetection detection,
                         boolean componentLevel) {
        if (format == null || ranker == null) {
            throw new IllegalArgumentException("a format and a ranker are required");
        }
        if (tdeltaSeconds < 0) {
            throw new IllegalArgumentException("tdelta must be >= 0 seconds, was " + tdeltaSeconds);
        }
        this.format = format;
        this.ranker = ranker;
        this.tdeltaSeconds = tdeltaSeconds;
        this.detection = detection;
        this.componentLevel = componentLevel;
    }

    /**
     * Evaluates every case under {@code root}, handing each outcome to {@code each} as it is made.
     *
     * @throws InvalidInputException when {@code root} is not a folder or holds no loadable case
     */
    public Summary run(Path root, Consumer<Outcome> each) {
        List<Outcome> outcomes = new ArrayList<>();
        LoadReport report = format.loader().forEachCase(root, c -> {
            Outcome o = evaluate(c);
            outcomes.add(o);
            each.accept(o);
        });
        if (outcomes.isEmpty()) {
            throw new InvalidInputException("no " + format.cliName() + " case could be loaded from " + root
                    + (report.errors().isEmpty() ? "" : "; skipped: " + report.errors()));
        }
        Map<String, List<RankingAccuracy.Case>> byGroup = new TreeMap<>();
        List<RankingAccuracy.Case> all = new ArrayList<>();
        for (Outcome o : outcomes) {
            RankingAccuracy.Case scored = new RankingAccuracy.Case(o.rootCause(), o.ranking());
            byGroup.computeIfAbsent(o.group(), k -> new ArrayList<>()).add(scored);
            all.add(scored);
        }
        Map<String, RankingAccuracy> byFault = new LinkedHashMap<>();
        byGroup.forEach((group, cases) -> byFault.put(group, RankingAccuracy.of(cases)));
        int unranked = (int) outcomes.stream().filter(o -> o.ranking().isEmpty()).count();
        return new Summary(format.cliName(), ranker.name(), tdeltaSeconds, outcomes.size(), unranked, report.malformed(),
                report.errors().stream().map(CaseError::toString).toList(), report.notes(), byFault, RankingAccuracy.of(all),
                faultKinds(outcomes), detection == null ? null : detectionSummary(outcomes), faultKindsByGroup(outcomes));
    }

    /** Fault-kind accuracy over the cases whose fault type names a kind; null when none does. */
    private static FaultKindAccuracy faultKinds(List<Outcome> outcomes) {
        List<FaultKindAccuracy.Case> cases = new ArrayList<>();
        for (Outcome o : outcomes) {
            DatasetFaultKinds.of(o.faultType()).ifPresent(truth -> cases.add(new FaultKindAccuracy.Case(truth,
                    o.causes().isEmpty() ? null : FaultKind.valueOf(o.causes().get(0).faultKind()))));
        }
        return cases.isEmpty() ? null : FaultKindAccuracy.of(cases);
    }

    /** Fault-kind accuracy per group, for the groups whose cases' fault types name a kind. */
    private static Map<String, FaultKindAccuracy> faultKindsByGroup(List<Outcome> outcomes) {
        Map<String, List<Outcome>> groups = new TreeMap<>();
        outcomes.forEach(o -> groups.computeIfAbsent(o.group(), k -> new ArrayList<>()).add(o));
        Map<String, FaultKindAccuracy> out = new LinkedHashMap<>();
        groups.forEach((group, list) -> {
            FaultKindAccuracy a = faultKinds(list);
            if (a != null) {
                out.put(group, a);
            }
        });
        return out;
    }

    private DetectionSummary detectionSummary(List<Outcome> outcomes) {
        List<String> missing = outcomes.stream().filter(o -> !o.detected().found()).map(Outcome::name).toList();
        double[] delays = outcomes.stream().filter(o -> o.detected().found()).mapToDouble(o -> o.detected().delaySeconds())
                .sorted().toArray();
        int early = (int) Arrays.stream(delays).filter(d -> d < -60).count();
        return new DetectionSummary(detection.afterMs() / 1000, delays.length, missing.size(), missing, early,
                delays.length == 0 ? Double.NaN : delays[delays.length / 2],
                delays.length == 0 ? Double.NaN : delays[delays.length - 1]);
    }

    /** One case through the ranker, scored against its truth. */
    public Outcome evaluate(RcaCaseData c) {
        if (detection == null) {
            return rank(c, RcaCaseAssembly.of(c, tdeltaSeconds * 1000), null);
        }
        RcaCase full = RcaCaseAssembly.of(c, 0);
        // a separate normal recording is history the service has seen before: only the incident recording is watched;
        // a single recording is watched once the detectors have had their warm-up
        long watchFrom = c.hasBaseline() ? c.data().timestampsMs()[0] : c.data().timestampsMs()[0] + detection.warmUpMs();
        Optional<OnsetDetection.Onset> onset = detection.find(full, watchFrom);
        if (onset.isEmpty()) {
            return new Outcome(c.name(), format.group(c), c.rootCause(), c.faultType(), -1, 0, List.of(), List.of(),
                    List.of(), new Detected(false, c.faultTimeMs(), -1, -1, Double.NaN, List.of()));
        }
        OnsetDetection.Onset o = onset.get();
        return rank(c, OnsetDetection.atDecision(full, o), new Detected(true, c.faultTimeMs(), o.openedAtMs(),
                o.decisionMs(), (o.onsetMs() - c.faultTimeMs()) / 1000.0, o.components()));
    }

    private Outcome rank(RcaCaseData c, RcaCase rcaCase, Detected detected) {
        List<RankedCause> causes = ranker.rank(rcaCase);
        List<ScoredMetric> metrics = ranker instanceof MetricRanker m ? m.rankMetrics(rcaCase) : List.of();
        List<String> ranking;
        if (componentLevel) {
            ranking = causes.stream().map(RankedCause::component).toList();
        } else if (ranker instanceof MetricRanker) {
            ranking = ServiceRanking.fromMetrics(metrics.stream().map(ScoredMetric::column).toList()).services();
        } else {
            ranking = ServiceRanking.fromMetrics(causes.stream().map(RankedCause::component).toList()).services();
        }
        return new Outcome(c.name(), format.group(c), c.rootCause(), c.faultType(), rcaCase.onsetMs(),
                ranking.indexOf(c.rootCause()) + 1, ranking, causes.stream().map(RcaEvaluation::cause).toList(),
                metrics.stream().map(m -> new Metric(m.column(), m.score())).toList(), detected);
    }

    private static Cause cause(RankedCause c) {
        return new Cause(c.component(), c.score(), c.faultKind().name(), c.evidence().stream().map(RcaEvaluation::evidence).toList());
    }

    private static Evidence evidence(MetricDeviation d) {
        SeriesKey key = d.series();
        String column = key.label(MetricColumn.COLUMN_LABEL);
        return new Evidence(column != null ? column : key.metric(), d.magnitude(), d.direction().name(), d.onsetMs());
    }
}
