/**
 * PCA reconstruction error with per-dimension standardised residuals, a multivariate detector behind
 * {@link io.faultline.models.multivariate.MultivariateDetector}.
 *
 * <p>Owns {@link io.faultline.models.pca.PcaResidualDetector} with its params, fitted form and scorer;
 * may import {@code io.faultline.models.multivariate} and Commons Math.
 */
package io.faultline.models.pca;
