package io.faultline.rca;

import java.util.List;

/**
 * Anomalies grouped in time and along the service graph, with the ranked suspected causes and
 * suggested recoveries for the top cause. An immutable snapshot: the correlator makes a new one
 * whenever the incident changes.
 */
public record Incident(
        String id,
        IncidentStatus status,
        long openedAtMs,
        long updatedAtMs,
        long resolvedAtMs,
        List<Anomaly> anomalies,
        List<RankedCause> causes,
        List<RecoveryAction> recoveries) {

    public Incident {
        anomalies = List.copyOf(anomalies);
        causes = List.copyOf(causes);
        recoveries = List.copyOf(recoveries);
    }

    /** The components that showed anomalies, in order of first onset. */
    @com.fasterxml.jackson.annotation.JsonProperty("affectedComponents")
    public List<String> affectedComponents() {
        return anomalies.stream()
                .sorted(java.util.Comparator.comparingLong(Anomaly::onsetMs))
                .map(Anomaly::component).distinct().toList();
    }
}
