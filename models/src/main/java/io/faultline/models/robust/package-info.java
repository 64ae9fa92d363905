/**
 * The robust z-score detector: a point is anomalous when it lies more than {@code threshold}
 * robust standard deviations (1.4826 x MAD, with floors) from the rolling median of the points
 * before it. Model-free and online; fitting only primes the window with the end of the history.
 *
 * <p>Owns {@link io.faultline.models.robust.RobustZScoreDetector} and its params, state, fitted
 * form and scorer; may import {@code io.faultline.models}, {@code io.faultline.features} and
 * {@code io.faultline.ingest}.
 */
package io.faultline.models.robust;
