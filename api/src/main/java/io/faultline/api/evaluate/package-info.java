/**
 * Evaluation runs scored against ground truth, each with a JSON summary: simulated scenarios
 * streamed end to end through the live pipeline ({@link io.faultline.api.evaluate.SimulationEvaluation}),
 * root-cause rankers on labelled benchmark folders ({@link io.faultline.api.evaluate.RcaEvaluation}:
 * RCAEval, Sock Shop 1, PetShop; the ranker sees only an {@link io.faultline.rca.RcaCase}), and
 * registered detectors streamed over a NAB corpus and scored by NAB's rules
 * ({@link io.faultline.api.evaluate.NabEvaluation}, with report folders). Imports the pipeline, the
 * detector registry, datasets, rca and training's metrics and reports.
 */
package io.faultline.api.evaluate;
