/**
 * Streaming statistics over the recent values of one series: rolling mean and variance,
 * rolling order statistics (quantiles, median, MAD), their compact block (remedian) estimates,
 * exponentially weighted moments and the
 * robust location/scale pair that detectors standardise with. Each class documents its update
 * cost; none rescans its window on an ordinary update.
 *
 * <p>Owns numerical state only (no I/O, no clocks, no randomness); may import
 * {@code io.faultline.features.window}, {@code io.faultline.ingest} and the JDK.
 */
package io.faultline.features.stats;
