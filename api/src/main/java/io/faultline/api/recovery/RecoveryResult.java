package io.faultline.api.recovery;

/**
 * The answer to a recovery request: the decision and, when the action ran, its execution; with
 * {@code verifyByMs} the time by which the anomaly must clear (0 when nothing is being verified).
 */
public record RecoveryResult(AuditEntry decision, AuditEntry execution, long verifyByMs) {
}
