/**
 * Isolation forest, a multivariate detector behind
 * {@link io.faultline.models.multivariate.MultivariateDetector}.
 *
 * <p>Owns {@link io.faultline.models.iforest.IsolationForestDetector} with its params, trees and fitted
 * form; may import {@code io.faultline.models.multivariate} and the JDK.
 */
package io.faultline.models.iforest;
