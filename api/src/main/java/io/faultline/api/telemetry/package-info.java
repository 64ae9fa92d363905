/**
 * The server's own telemetry: {@link io.faultline.api.telemetry.ServerMetrics} keeps the counters,
 * gauges and histograms that {@code GET /metrics} exposes, through the Prometheus Java client.
 * Knows nothing of HTTP.
 *
 * <p>May import: {@code io.faultline.api.pipeline}, the Prometheus metrics client.
 */
package io.faultline.api.telemetry;
