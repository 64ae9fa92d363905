package io.faultline.api.recovery;

import io.faultline.rca.RecoveryKind;

/**
 * One line of the recovery audit log.
 *
 * @param id          increasing number, assigned when stored
 * @param atMs        when it happened (Unix ms, the service's clock)
 * @param incidentId  the incident the recovery was for
 * @param component   the target
 * @param kind        what was (or would have been) done; null when nothing was suggested
 * @param event       which step of a recovery this records
 * @param outcome     DECISION: the {@link Verdict}; EXECUTION, UNDO: SUCCEEDED or FAILED;
 *                    VERIFICATION: CLEARED or NOT_CLEARED; ESCALATION: ESCALATED
 * @param reason      why, in one sentence (the guard rail and setting, or the executor's detail)
 * @param actor       the token name that asked, or {@code faultline} for the verifier
 * @param executor    the executor's name, or null
 * @param dryRun      whether the decision was taken in dry run
 * @param confidence  the ranking's confidence, for decisions; null otherwise
 */
public record AuditEntry(long id, long atMs, String incidentId, String component, RecoveryKind kind, Event event,
        String outcome, String reason, String actor, String executor, boolean dryRun, Double confidence) {

    /** Which step of a recovery an entry records. */
    public enum Event { DECISION, EXECUTION, VERIFICATION, UNDO, ESCALATION }

    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";
    public static final String CLEARED = "CLEARED";
    public static final String NOT_CLEARED = "NOT_CLEARED";
    public static final String ESCALATED = "ESCALATED";

    public AuditEntry {
        if (incidentId == null || component == null || event == null || outcome == null || reason == null || actor == null) {
            throw new IllegalArgumentException("an audit entry needs incident, component, event, outcome, reason and actor");
        }
    }

    /** This entry with the id the log gave it. */
    AuditEntry withId(long newId) {
        return new AuditEntry(newId, atMs, incidentId, component, kind, event, outcome, reason, actor, executor, dryRun, confidence);
    }
}
