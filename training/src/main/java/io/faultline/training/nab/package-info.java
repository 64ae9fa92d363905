/**
 * NAB scoring, exactly as NAB v1.1's own code does it (Lavin and Ahmad, "Evaluating Real-time Anomaly
 * Detection Algorithms - the Numenta Anomaly Benchmark", IEEE ICMLA 2015; {@code nab/sweeper.py},
 * {@code nab/optimizer.py}, {@code nab/scorer.py} and the normalisation of {@code nab/runner.py}).
 *
 * <p>Owns the per-file detector output ({@link io.faultline.training.nab.NabResultFile}), the scorer
 * ({@link io.faultline.training.nab.NabScorer}: probation, scaled-sigmoid weights, one threshold per
 * profile swept over the whole corpus, normalisation against the null and perfect detectors, per-file
 * and per-category breakdowns) and NAB's results layout
 * ({@link io.faultline.training.nab.NabResultsReader}, {@link io.faultline.training.nab.NabResultsWriter}:
 * {@code <detector>/<category>/<detector>_<name>.csv} with {@code timestamp,value,anomaly_score,label}),
 * so that NAB's scorer can rescore Faultline's output and Faultline's scorer can rescore NAB's.
 *
 * <p>May import {@code io.faultline.datasets.nab} and {@code io.faultline.ingest} only.
 */
package io.faultline.training.nab;
