/**
 * A learned detector: k-means over sliding windows of one series, trained with Tribuo. A window
 * is normal when it resembles a shape seen in training, so it catches what a per-point rule
 * cannot: broken seasonality, a sudden slope, a value normal on its own but not after its
 * predecessors.
 *
 * <p>Owns {@link io.faultline.models.kmeans.KMeansWindowDetector} with its params, window
 * featurisation, Tribuo training, JSON state, fitted form and scorer. May import
 * {@code io.faultline.models}, {@code io.faultline.features}, {@code io.faultline.ingest} and
 * Tribuo; Tribuo stays inside {@link io.faultline.models.kmeans.KMeansWindowTrainer}, so fitted
 * models serialise as plain JSON.
 */
package io.faultline.models.kmeans;
