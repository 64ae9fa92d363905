/**
 * The windowed Gaussian detector, NAB's baseline (Lavin and Ahmad, "Evaluating Real-time Anomaly
 * Detection Algorithms - the Numenta Anomaly Benchmark", ICMLA 2015), reproduced so that Faultline's
 * figures can be put side by side with NAB's published ones: the same window, the same stepwise
 * slide and the same tail-probability score, so that per-row scores equal NAB's.
 *
 * <p>Owns {@link io.faultline.models.gaussian.WindowedGaussianDetector} and its params, state, fitted
 * form and scorer; may import {@code io.faultline.models}, {@code io.faultline.features},
 * {@code io.faultline.ingest} and Commons Math.
 */
package io.faultline.models.gaussian;
