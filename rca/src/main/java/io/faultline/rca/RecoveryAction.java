package io.faultline.rca;

/**
 * A suggested recovery: what to do to which component, why, and how risky it is
 * ({@code low}, {@code medium}, {@code high}). Suggesting is not executing.
 */
public record RecoveryAction(RecoveryKind kind, String target, String rationale, String risk) {
}
