package io.faultline.rca;

import java.util.List;

/**
 * One suspected faulty component: its score (higher is more likely), the fault kind read from
 * which metrics deviated, the deviations that support it (strongest first), and the path in the
 * service graph from it to the components that showed symptoms.
 */
public record RankedCause(
        String component,
        double score,
        FaultKind faultKind,
        List<MetricDeviation> evidence,
        List<String> pathToSymptoms) {

    public RankedCause {
        evidence = List.copyOf(evidence);
        pathToSymptoms = List.copyOf(pathToSymptoms);
    }
}
