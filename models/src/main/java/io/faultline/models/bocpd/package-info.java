/**
 * Bayesian online change-point detection (Adams and MacKay 2007) with a Normal-Gamma model:
 * {@link io.faultline.models.bocpd.BocpdDetector}, its params, its state (the truncated run-length
 * posterior), its fitted form and its scorer.
 *
 * <p>May import {@code io.faultline.models}, {@code io.faultline.features}, {@code io.faultline.ingest}
 * and Commons Math.
 */
package io.faultline.models.bocpd;
