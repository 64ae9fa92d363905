package io.faultline.rca.rank;

import io.faultline.rca.Direction;
import io.faultline.rca.MetricDeviation;
import io.faultline.rca.SignalKind;

import java.util.Comparator;
import java.util.List;

/**
 * The deviations of one component's series, strongest first, with the component's base score and
 * onset as {@link BaselineDeviationRanker} reads them.
 */
record ComponentDeviations(String component, List<SeriesDeviation> deviations, double baseScore, long onsetMs,
                           boolean faultLike) {

    static ComponentDeviations of(String component, List<SeriesDeviation> measured, BaselineDeviationParams p) {
        List<SeriesDeviation> sorted = measured.stream()
                .sorted(Comparator.comparingDouble((SeriesDeviation d) -> -weighted(d, p))
                        .thenComparing(d -> d.deviation().series()))
                .toList();
        List<SeriesDeviation> significant = sorted.stream().filter(SeriesDeviation::significant).toList();
        double base = 0;
        for (int i = 0; i < Math.min(3, significant.size()); i++) {
            base += (i == 0 ? 1 : p.secondaryShare()) * weighted(significant.get(i), p);
        }
        boolean faultLike = significant.stream().anyMatch(SeriesDeviation::faultLike);
        long onset = significant.stream().filter(d -> !faultLike || d.faultLike())
                .mapToLong(SeriesDeviation::onsetMs).min().orElse(Long.MAX_VALUE);
        return new ComponentDeviations(component, sorted, base, onset, faultLike);
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
     * log(1 + z) keeps a series with an almost flat baseline (z in the thousands) from drowning
     * everything else; the weight discounts moves that are usually consequences.
     */
    static double weighted(SeriesDeviation d, BaselineDeviationParams p) {
        double weight;
        if (d.signal() == SignalKind.TRAFFIC) {
            weight = p.trafficWeight();
        } else if (d.signal() == SignalKind.OTHER) {
            weight = p.otherWeight();
        } else {
            weight = d.deviation().direction() == Direction.UP ? 1.0 : p.downWeight();
        }
        return weight * Math.log1p(d.magnitude());
    }
}
