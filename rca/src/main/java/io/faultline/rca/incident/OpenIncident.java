package io.faultline.rca.incident;

import io.faultline.ingest.SeriesKey;
import io.faultline.rca.Anomaly;
import io.faultline.rca.Incident;
import io.faultline.rca.IncidentStatus;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RecoveryAction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The mutable state of one incident inside {@link IncidentCorrelator}; guarded by the correlator's lock. */
final class OpenIncident {

    /** A run is known by its series and onset: updates of the same run replace each other. */
    record RunKey(SeriesKey series, long onsetMs) {
        static RunKey of(Anomaly a) {
            return new RunKey(a.series(), a.onsetMs());
        }
    }

    private static final Comparator<Anomaly> BY_ONSET =
            Comparator.comparingLong(Anomaly::onsetMs).thenComparing(a -> a.series().toString());

    final String id;
    final Map<RunKey, Anomaly> anomalies = new LinkedHashMap<>();
    IncidentStatus status = IncidentStatus.OPEN;
    long updatedAtMs;
    long resolvedAtMs;
    List<RankedCause> causes = List.of();
    List<RecoveryAction> recoveries = List.of();
    final List<Transition> timeline = new ArrayList<>();
    /** Whether the opening transition was recorded (the incident has been visible). */
    boolean announced;
    /** Data time of the last reopen: quiet time counts from here too, so a reopened incident stays open. */
    long reopenedAtMs = Long.MIN_VALUE;

    OpenIncident(String id) {
        this.id = id;
    }

    void put(Anomaly a, long nowMs) {
        anomalies.put(RunKey.of(a), a);
        updatedAtMs = nowMs;
    }

    long openedAtMs() {
        return anomalies.values().stream().mapToLong(Anomaly::onsetMs).min().orElseThrow();
    }

    long latestActivityMs() {
        return anomalies.values().stream().mapToLong(Anomaly::endMs).max().orElseThrow();
    }

    /** When quiet time starts: the latest anomaly end, or the last reopen when that is later. */
    long quietSinceMs() {
        return Math.max(latestActivityMs(), reopenedAtMs);
    }

    long componentCount() {
        return anomalies.values().stream().map(Anomaly::component).filter(Objects::nonNull).distinct().count();
    }

    boolean visible(IncidentCorrelatorParams params) {
        return anomalies.size() >= params.minAnomalies() && componentCount() >= params.minComponents()
                || anomalies.values().stream().anyMatch(a -> a.endMs() - a.onsetMs() >= params.sustainedMs());
    }

    Incident snapshot() {
        return new Incident(id, status, openedAtMs(), updatedAtMs, resolvedAtMs,
                anomalies.values().stream().sorted(BY_ONSET).toList(), causes, recoveries);
    }
}
