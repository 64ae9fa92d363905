/**
 * The exponential-smoothing residual detector: a level (optionally with a trend and an additive
 * season, i.e. Holt-Winters) forecasts each point, and the point is anomalous when its residual is
 * large against a running robust scale of past residuals. Online; fitting replays the history.
 *
 * <p>Owns {@link io.faultline.models.ewma.EwmaDetector} and its params, smoother, state, fitted form
 * and scorer; may import {@code io.faultline.models}, {@code io.faultline.features} and
 * {@code io.faultline.ingest}.
 */
package io.faultline.models.ewma;
