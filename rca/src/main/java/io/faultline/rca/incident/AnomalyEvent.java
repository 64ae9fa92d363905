package io.faultline.rca.incident;

import io.faultline.rca.Anomaly;

/**
 * A change in one series' anomaly run: it {@code STARTED}, was {@code UPDATED} by another
 * anomalous point (later end, maybe higher peak), or {@code ENDED}. The anomaly is the run as it
 * stands after the change; a run keeps its series and onset for its whole life.
 */
public record AnomalyEvent(Type type, Anomaly anomaly) {

    /** What happened to the run. */
    public enum Type { STARTED, UPDATED, ENDED }

    public AnomalyEvent {
        if (type == null || anomaly == null) {
            throw new IllegalArgumentException("event type and anomaly are required");
        }
    }
}
