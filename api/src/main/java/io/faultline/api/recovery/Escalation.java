package io.faultline.api.recovery;

import io.faultline.rca.RecoveryKind;

/**
 * A recovery that did not work: its execution failed, or the anomaly did not clear before the
 * deadline. People must take over; {@code undone} says whether a reversible action was reversed.
 */
public record Escalation(String incidentId, String component, RecoveryKind kind, String executor, String reason,
        boolean undone, long atMs) {
}
