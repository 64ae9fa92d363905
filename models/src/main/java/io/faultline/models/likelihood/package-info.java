/**
 * Score calibration and combination: Numenta's anomaly likelihood over one or more base detectors'
 * raw scores, so that one threshold fits every series.
 *
 * <p>Owns {@link io.faultline.models.likelihood.AnomalyLikelihoodDetector} with its params, calibrator,
 * state, fitted form and scorer; may import {@code io.faultline.models}, {@code io.faultline.features}
 * and {@code io.faultline.ingest}. Base detectors arrive already built (the registry builds them).
 */
package io.faultline.models.likelihood;
