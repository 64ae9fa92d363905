/**
 * The remote_write load generator ({@code faultline bench ingest}) and the side-by-side run against
 * Prometheus ({@code faultline bench ingest-compare}): realistic WriteRequests built once up front, sent at
 * full rate over keep-alive connections, and the servers' own figures (memory, active series) read from
 * their {@code /metrics}. Talks to servers only over HTTP (and starts them as child processes); imports
 * ingest (the series vocabulary and the remote_write encoder) and nothing of the pipeline.
 */
package io.faultline.api.bench;
