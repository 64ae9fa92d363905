/**
 * The detector SPI ({@link io.faultline.models.Detector} -&gt; {@link io.faultline.models.FittedDetector}
 * -&gt; {@link io.faultline.models.Scorer} -&gt; {@link io.faultline.models.ScoredPoint}) and what every
 * detector shares: provenance recorded at fit time ({@link io.faultline.models.TrainingProvenance}),
 * the data fingerprint, the Faultline version and the one strict Jackson configuration
 * ({@link io.faultline.models.ModelJson}) that params, state and model files go through. Multivariate
 * detectors (one row of a component's metrics at a time) have their own small SPI in
 * {@code io.faultline.models.multivariate}.
 *
 * <p>Shared scorer rules: a scorer scores a point before learning from it; while warming up it
 * answers {@link io.faultline.models.ScoredPoint#warmingUp}; a non-finite observation (NaN,
 * infinity: Prometheus staleness markers, broken exporters) cannot be scored, gets the same
 * warming-up verdict and is not learned from.
 *
 * <p>May import {@code io.faultline.features}, {@code io.faultline.ingest}, Jackson, Commons Math,
 * Tribuo and (in {@code io.faultline.models.rcf} only) AWS's randomcutforest; nothing downstream.
 */
package io.faultline.models;
