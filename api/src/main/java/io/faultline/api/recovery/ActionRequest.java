package io.faultline.api.recovery;

import io.faultline.rca.RecoveryAction;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * An action the guard rails allowed: which incident it is for, what to do to which component,
 * who asked, and when (executors stamp this time rather than reading a clock).
 */
public record ActionRequest(String incidentId, RecoveryAction action, String actor, Instant at) {
    /** What a component name may look like before an executor puts it in a URL or a command line. */
    static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,252}");

    public ActionRequest {
        if (incidentId == null || action == null || actor == null || at == null) {
            throw new IllegalArgumentException("incident id, action, actor and time are required");
        }
    }

    public String component() {
        return action.target();
    }

    /** Whether the component is safe to use as a resource name or argument (no '/', no leading '-'). */
    boolean safeComponent() {
        return SAFE_NAME.matcher(action.target()).matches();
    }
}
