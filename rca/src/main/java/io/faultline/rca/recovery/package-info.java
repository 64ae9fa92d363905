/**
 * Recovery advice: a {@link io.faultline.rca.recovery.Runbook} maps each fault kind to ordered
 * recovery steps (defaults built in, overridable from YAML), and
 * {@link io.faultline.rca.recovery.RecoveryAdvisor} turns a ranked cause into suggested
 * {@link io.faultline.rca.RecoveryAction}s with a rationale that names the evidence. Suggesting
 * only: executing an action is the api module's guarded job.
 *
 * <p>May import {@code io.faultline.rca} and {@code io.faultline.ingest}; Jackson YAML for loading.
 */
package io.faultline.rca.recovery;
