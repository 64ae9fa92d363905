package io.faultline.rca.rank;

import io.faultline.rca.MetricDeviation;
import io.faultline.rca.SignalKind;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The deviations of one component's series, strongest first, with the component's onset and two
 * base scores as {@link BaselineDeviationRanker} reads them: {@code baseScore} on its own, and
 * {@code explainedScore} for when a fault in something it calls explains its symptoms; and
 * {@code weakScore}, its strongest weighted deviation significant or not, for when nothing is.
 */
record ComponentDeviations(String component, List<SeriesDeviation> deviations, double baseScore,
                           double explainedScore, double weakScore, long onsetMs, boolean faultLike) {

    /**
     * Signals a fault further down the call graph cannot push up in a caller: a saturated CPU, a
     * growing heap or a full disk belong to the component itself. Latency, errors, retransmits and
     * traffic do propagate to callers.
     */
    private static final Set<SignalKind> OWN = Set.of(SignalKind.CPU, SignalKind.MEMORY, SignalKind.DISK);

    static ComponentDeviations of(String component, List<SeriesDeviation> measured, BaselineDeviationParams p) {
        List<SeriesDeviation> sorted = measured.stream()
                .sorted(Comparator.comparingDouble((SeriesDeviation d) -> -weighted(d, p, 1.0))
                        .thenComparing(d -> d.deviation().series()))
                .toList();
        List<SeriesDeviation> significant = sorted.stream().filter(SeriesDeviation::significant).toList();
        boolean faultLike = significant.stream().anyMatch(SeriesDeviation::faultLike);
        long onset = significant.stream().filter(d -> !faultLike || d.faultLike())
                .mapToLong(SeriesDeviation::onsetMs).min().orElse(Long.MAX_VALUE);
        return new ComponentDeviations(component, sorted, score(significant, p, 1.0),
                score(significant, p, p.demoteFactor()), sorted.isEmpty() ? 0 : weighted(sorted.get(0), p, 1.0),
                onset, faultLike);
    }

    /** The strongest weighted deviation plus {@code secondaryShare} of the next two. */
    private static double score(List<SeriesDeviation> significant, BaselineDeviationParams p, double symptomFactor) {
        return score(significant, p, symptomFactor, null);
    }

    private static double score(List<SeriesDeviation> significant, BaselineDeviationParams p, double symptomFactor,
                                Set<SignalKind> calleeSignals) {
        double[] w = significant.stream().mapToDouble(d -> weighted(d, p, symptomFactor, calleeSignals))
                .map(v -> -v).sorted().map(v -> -v).toArray();
        double base = 0;
        for (int i = 0; i < Math.min(3, w.length); i++) {
            base += (i == 0 ? 1 : p.secondaryShare()) * w[i];
        }
        return base;
    }

    /**
     * The score when faulty callees whose fault-like moves were of {@code calleeSignals} explain
     * this component's symptoms: {@link #explainedScore()}, except that with
     * {@code errorsNeedCalleeErrors} a rise in errors stays undemoted unless those callees' errors or
     * network moved too (a callee that only slowed down explains slowness, not failed requests).
     */
    double explainedScore(Set<SignalKind> calleeSignals, BaselineDeviationParams p) {
        if (!p.errorsNeedCalleeErrors()) {
            return explainedScore;
        }
        return score(deviations.stream().filter(SeriesDeviation::significant).toList(), p, p.demoteFactor(),
                calleeSignals);
    }

    /** The signals of this component's significant fault-like deviations. */
    Set<SignalKind> faultSignals() {
        Set<SignalKind> out = EnumSet.noneOf(SignalKind.class);
        deviations.stream().filter(SeriesDeviation::faultLike).forEach(d -> out.add(d.signal()));
        return out;
    }

    /** The strongest deviations, significant or not. */
    List<MetricDeviation> weakEvidence(int max) {
        return deviations.stream().limit(max).map(SeriesDeviation::deviation).toList();
    }

    /**
     * What this component's deviations say about a fault elsewhere when it sits on the caller
     * chain above a candidate: its base score, or 0 when its own cpu, memory or disk rose, which
     * explains its symptoms better than any callee does.
     */
    double symptomScore() {
        boolean ownFault = deviations.stream().anyMatch(d -> d.faultLike() && OWN.contains(d.signal()));
        return ownFault ? 0 : baseScore;
    }

    boolean anomalous() {
        return baseScore > 0;
    }

    /** The significant deviations as evidence, strongest (by weighted z) first. */
    List<MetricDeviation> evidence(int max) {
        return deviations.stream().filter(SeriesDeviation::significant).limit(max)
                .map(SeriesDeviation::deviation).toList();
    }

    /** All significant deviations, for the fault-kind classifier. */
    List<MetricDeviation> significantDeviations() {
        return deviations.stream().filter(SeriesDeviation::significant).map(SeriesDeviation::deviation).toList();
    }

    /**
     * log(1 + z), z capped at {@code maxZ}, keeps a series with an almost flat baseline (z in the
     * thousands, or 1e11 for an idle component waking up) from drowning everything else; the weight discounts moves that are usually consequences, and
     * {@code symptomFactor} those that a callee's fault would explain.
     */
    static double weighted(SeriesDeviation d, BaselineDeviationParams p, double symptomFactor) {
        return weighted(d, p, symptomFactor, null);
    }

    /** As above; with {@code calleeSignals}, a worsening of errors is a symptom only when they hold errors or network. */
    private static double weighted(SeriesDeviation d, BaselineDeviationParams p, double symptomFactor,
                                   Set<SignalKind> calleeSignals) {
        boolean up = d.worsening();
        double weight;
        if (d.signal() == SignalKind.TRAFFIC) {
            weight = p.trafficWeight();
        } else if (d.signal() == SignalKind.OTHER) {
            weight = p.otherWeight();
        } else {
            weight = up ? 1.0 : p.downWeight();
        }
        boolean ownErrors = calleeSignals != null && up && d.signal() == SignalKind.ERRORS
                && !calleeSignals.contains(SignalKind.ERRORS) && !calleeSignals.contains(SignalKind.NETWORK);
        if (!(up && OWN.contains(d.signal())) && !ownErrors) {
            weight *= symptomFactor;
        }
        return weight * Math.log1p(Math.min(d.magnitude(), p.maxZ()));
    }
}
