/**
 * Guarded execution of suggested recoveries: the {@link io.faultline.api.recovery.Executor}s
 * (Kubernetes API, HTTP webhook / AWX, allow-listed local command), the pure
 * {@link io.faultline.api.recovery.GuardRails} policy (dry run, allow-list, rate limit, cooldown,
 * confidence), verification that the anomaly cleared (else escalate and undo), and the audit log and
 * the verifications still due in DuckDB. {@link io.faultline.api.recovery.RecoveryService} ties them together; it knows nothing of HTTP.
 *
 * <p>May import {@code io.faultline.rca}, {@code io.faultline.ingest}, {@code io.faultline.api.config},
 * {@code io.faultline.api.pipeline}, {@code io.faultline.api.service} (for {@code NotFoundException}),
 * Jackson, DuckDB JDBC and the JDK's HTTP client.
 */
package io.faultline.api.recovery;
