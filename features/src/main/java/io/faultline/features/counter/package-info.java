/**
 * Counters (monotonic cumulative series, named {@code *_total} by Prometheus' convention) turned
 * into per-second rates, with counter resets and staleness markers handled as Prometheus does.
 *
 * <p>Owns numerical state only (no I/O, no clocks); may import {@code io.faultline.ingest} and the JDK.
 */
package io.faultline.features.counter;
