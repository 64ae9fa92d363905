/**
 * A detector that merges other registered detectors by the largest of their scaled scores
 * ({@link io.faultline.models.ensemble.MaxEnsembleDetector}), with its params, fitted form and scorer.
 *
 * <p>May import {@code io.faultline.models} (including the likelihood package's {@code SavedBase}) and
 * {@code io.faultline.ingest}.
 */
package io.faultline.models.ensemble;
