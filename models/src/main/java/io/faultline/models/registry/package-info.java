/**
 * The detector registry (an explicit list of {@link io.faultline.models.registry.DetectorFactory}
 * entries: create a detector by name from JSON params, restore a fitted one from provenance and
 * state) and {@link io.faultline.models.registry.ModelFiles}, which saves a fitted detector as one
 * JSON document and loads it back through the registry; {@link io.faultline.models.registry.MultivariateRegistry}
 * does the same naming and strict params binding for the multivariate detectors.
 *
 * <p>May import {@code io.faultline.models} and its detector packages, {@code io.faultline.ingest}
 * and Jackson.
 */
package io.faultline.models.registry;
