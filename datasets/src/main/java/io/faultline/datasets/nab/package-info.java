/**
 * The Numenta Anomaly Benchmark (NAB) corpus layout, read from any folder that follows it
 * (Lavin and Ahmad, "Evaluating Real-time Anomaly Detection Algorithms - the Numenta Anomaly
 * Benchmark", IEEE ICMLA 2015).
 *
 * <p>Owns the loader {@link io.faultline.datasets.nab.NabCorpus#load(java.nio.file.Path)} for
 * {@code data/<category>/<name>.csv}, {@code labels/combined_windows.json} and the optional
 * {@code config/profiles.json}; the values it yields ({@link io.faultline.datasets.nab.NabSeries},
 * {@link io.faultline.datasets.nab.NabWindow}, {@link io.faultline.datasets.nab.NabCostProfile}); and
 * NAB's timestamp text form ({@link io.faultline.datasets.nab.NabTimestamps}). Scoring lives in
 * {@code io.faultline.training.nab}.
 *
 * <p>May import {@code io.faultline.ingest} and Jackson only. Timestamps are read as UTC. Bad input
 * fails with an {@link io.faultline.ingest.InvalidInputException} naming the file and the line (CSV)
 * or the JSON path (labels, profiles).
 */
package io.faultline.datasets.nab;
