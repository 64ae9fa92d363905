package io.faultline.rca.recovery;

import io.faultline.rca.RecoveryKind;

import java.util.List;

/**
 * One step of a runbook entry: what to do, how risky it is ({@code low}, {@code medium} or
 * {@code high}) and why it helps with that kind of fault.
 */
public record RunbookStep(RecoveryKind kind, String risk, String rationale) {

    /** The accepted risk levels, least risky first. */
    public static final List<String> RISKS = List.of("low", "medium", "high");

    public RunbookStep {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (!RISKS.contains(risk)) {
            throw new IllegalArgumentException("risk must be one of " + RISKS + ", was '" + risk + "'");
        }
        if (rationale == null || rationale.isBlank()) {
            throw new IllegalArgumentException("rationale is required");
        }
    }
}
