/** Evaluation metrics: root-cause ranking accuracy (AC@k, Avg@5). Imports nothing of Faultline. */
package io.faultline.training.metrics;
