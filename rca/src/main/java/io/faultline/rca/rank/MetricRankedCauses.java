package io.faultline.rca.rank;

import io.faultline.rca.Direction;
import io.faultline.rca.MetricDeviation;
import io.faultline.rca.RankedCause;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a metric ranking into a component ranking the way RCAEval turns metrics into services: each
 * component at the position of its first (best) metric, scored by that metric. Its evidence is its
 * best metrics; the fault kind is read from them by the shared {@link FaultKindClassifier}.
 */
final class MetricRankedCauses {
    private final FaultKindClassifier classifier = new FaultKindClassifier(FaultKindClassifierParams.DEFAULTS);
    private final int maxEvidence;

    MetricRankedCauses(int maxEvidence) {
        this.maxEvidence = maxEvidence;
    }

    List<RankedCause> of(List<ScoredMetric> ranked) {
        Map<String, List<ScoredMetric>> byComponent = new LinkedHashMap<>();
        for (ScoredMetric m : ranked) {
            byComponent.computeIfAbsent(m.component(), k -> new ArrayList<>()).add(m);
        }
        List<RankedCause> causes = new ArrayList<>(byComponent.size());
        byComponent.forEach((component, metrics) -> {
            List<MetricDeviation> evidence = metrics.stream().limit(maxEvidence).map(MetricRankedCauses::deviation).toList();
            causes.add(new RankedCause(component, metrics.get(0).score(), classifier.classify(evidence), evidence,
                    List.of(component)));
        });
        return List.copyOf(causes);
    }

    /** The scaled score as the magnitude; the time of the peak stands for the onset, which these methods do not estimate. */
    private static MetricDeviation deviation(ScoredMetric m) {
        return new MetricDeviation(m.series(), m.signal(), m.peakMs(), m.center(), m.peak(), Math.abs(m.score()),
                m.score() < 0 ? Direction.DOWN : Direction.UP);
    }
}
