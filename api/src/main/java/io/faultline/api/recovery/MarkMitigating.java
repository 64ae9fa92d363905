package io.faultline.api.recovery;

import io.faultline.api.service.ConflictException;
import io.faultline.api.service.IncidentService;
import io.faultline.rca.IncidentStatus;

/**
 * Moves an incident to mitigating once a recovery action for it has run successfully (never for a
 * dry run), through the same step an analyst would take, so it lands on the timeline and is saved.
 */
public final class MarkMitigating implements RecoveryListener {
    private final IncidentService incidents;

    public MarkMitigating(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Override
    public void executed(AuditEntry execution) {
        if (execution.dryRun() || !AuditEntry.SUCCEEDED.equals(execution.outcome())) {
            return;
        }
        try {
            incidents.transition(execution.incidentId(), IncidentStatus.MITIGATING, execution.actor(),
                    "recovery " + execution.kind() + " run by " + execution.executor());
        } catch (ConflictException alreadyFurther) {
            // already mitigating or resolved: the action changes nothing in the lifecycle
        }
    }
}
