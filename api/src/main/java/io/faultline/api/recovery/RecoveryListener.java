package io.faultline.api.recovery;

/**
 * Told about the steps of a recovery, e.g. by the incident lifecycle (an executed action moves an
 * incident to mitigating) and the notifiers (an escalation pages someone). Called on the thread
 * that took the step, after it is in the audit log; a listener that throws is logged and skipped.
 */
public interface RecoveryListener {

    /** An action was executed (the entry's outcome says whether it succeeded). */
    default void executed(AuditEntry execution) {
    }

    /** The anomaly cleared after an action. */
    default void verified(AuditEntry verification) {
    }

    /** An action failed or did not clear the anomaly in time. */
    default void escalated(Escalation escalation) {
    }
}
