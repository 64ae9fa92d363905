/**
 * Evaluation runs scored against ground truth: simulated scenarios streamed end to end through the
 * live pipeline ({@link io.faultline.api.evaluate.SimulationEvaluation}), and root-cause rankers on
 * labelled benchmark folders ({@link io.faultline.api.evaluate.RcaEvaluation}: RCAEval, Sock Shop 1,
 * PetShop), where the truth stays with the evaluation and the ranker sees only an
 * {@link io.faultline.rca.RcaCase}. Imports the pipeline, datasets, rca and training's metrics.
 */
package io.faultline.api.evaluate;
