package io.faultline.api.recovery;

import io.faultline.rca.RecoveryKind;

/**
 * A recovery up for decision.
 *
 * @param component   the target
 * @param kind        what would be done
 * @param confidence  the ranking's confidence in the target, in [0, 1] ({@link Confidence})
 * @param dryRun      whether the request asked for a dry run (the config may force one anyway)
 * @param executor    name of the executor for the kind, or null when none is configured
 */
public record Proposal(String component, RecoveryKind kind, double confidence, boolean dryRun, String executor) {
    public Proposal {
        if (component == null || kind == null) {
            throw new IllegalArgumentException("component and kind are required");
        }
    }
}
