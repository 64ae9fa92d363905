/**
 * Evaluation runs: simulated scenarios streamed end to end through the live pipeline and scored
 * against their ground truth, and registered detectors streamed over a NAB corpus and scored by
 * NAB's rules ({@link io.faultline.api.evaluate.NabEvaluation}), with their JSON summaries and report
 * folders. Imports the pipeline, the detector registry, datasets and training's metrics and reports.
 */
package io.faultline.api.evaluate;
