/**
 * Evaluation runs that need the whole live pipeline: simulated scenarios streamed end to end and
 * scored against their ground truth. Imports the pipeline, datasets and training's metrics.
 */
package io.faultline.api.evaluate;
