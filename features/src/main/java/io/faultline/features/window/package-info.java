/**
 * Fixed-capacity windows over the recent values of one series: the storage that rolling
 * statistics and windowed detectors slide over.
 *
 * <p>Owns ring buffers only; may import {@code io.faultline.ingest} and the JDK.
 */
package io.faultline.features.window;
