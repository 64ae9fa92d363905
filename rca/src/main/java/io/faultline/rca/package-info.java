/**
 * Root-cause analysis: the shared vocabulary (anomalies, incidents, the service graph, ranked
 * causes, recovery actions) and the {@link io.faultline.rca.RootCauseRanker} SPI.
 *
 * <p>Sub-packages: {@code topology} (loading the service graph and mapping series to components),
 * {@code incident} (turning scored points into anomalies and anomalies into incidents),
 * {@code rank} (root-cause rankers and fault-kind classification) and {@code recovery}
 * (runbook-based recovery advice).
 *
 * <p>May import {@code io.faultline.models}, {@code io.faultline.features} and
 * {@code io.faultline.ingest}; nothing else of Faultline.
 */
package io.faultline.rca;
