package io.faultline.api.recovery;

import io.faultline.rca.RecoveryAction;

/**
 * An executed action whose effect is still to be verified: saved with the audit log so that a
 * restart resumes watching it.
 *
 * @param executionId     the id of the action's EXECUTION audit entry
 * @param incidentId      the incident it was for
 * @param action          what was done to which component
 * @param executor        the executor that did it
 * @param mark            the verifier's mark taken when the action ran (data time)
 * @param deadlineMs      when it must have cleared (the service's clock)
 * @param undoDescription how a reversible action would be undone, or null when it is not reversible
 */
public record PendingVerification(long executionId, String incidentId, RecoveryAction action, String executor, long mark,
                                  long deadlineMs, String undoDescription) {
    public PendingVerification {
        if (incidentId == null || action == null) {
            throw new IllegalArgumentException("a pending verification needs an incident and an action");
        }
    }
}
