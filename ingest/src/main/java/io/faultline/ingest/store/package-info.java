/**
 * The embedded {@link io.faultline.ingest.MetricStore}: {@link io.faultline.ingest.store.DuckDbMetricStore}
 * keeps series and samples in a DuckDB file (or in memory), with atomic, durable appends and concurrent reads.
 *
 * <p>May import: {@code io.faultline.ingest}, {@code io.faultline.ingest.format} (to read stored keys back),
 * the DuckDB JDBC driver.
 */
package io.faultline.ingest.store;
