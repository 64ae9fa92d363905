/**
 * The multivariate detector SPI: a detector over a group of series of one component, fitted on
 * training rows, scoring one row at a time with a score and per-dimension contributions for
 * root-cause ranking, and {@link io.faultline.models.multivariate.RowScorer}, the trailing-mean scorer with
 * running-level attribution that implementations may share. Implementations live in their own packages (e.g. {@code io.faultline.models.pca}).
 *
 * <p>Owns the interfaces and {@link io.faultline.models.multivariate.MultivariatePoint}; imports only the JDK.
 */
package io.faultline.models.multivariate;
