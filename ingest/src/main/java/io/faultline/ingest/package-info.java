/**
 * The raw vocabulary of Faultline: series keys and their interning to dense ids ({@link io.faultline.ingest.SeriesIndex}),
 * samples, columnar batches, label matchers, ingest limits, and the {@link io.faultline.ingest.MetricStore} contract.
 *
 * <p>May import: the JDK only. Every other module may import this package.
 */
package io.faultline.ingest;
