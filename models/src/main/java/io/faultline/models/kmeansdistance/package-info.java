/**
 * Distance to the nearest k-means centroid (Tribuo), a multivariate detector behind
 * {@link io.faultline.models.multivariate.MultivariateDetector}.
 *
 * <p>Owns {@link io.faultline.models.kmeansdistance.KMeansDistanceDetector} with its params and fitted
 * form; may import {@code io.faultline.models.multivariate}, Tribuo and the JDK.
 */
package io.faultline.models.kmeansdistance;
