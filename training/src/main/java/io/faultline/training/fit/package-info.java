/**
 * The offline fit job behind {@code faultline train}: {@link io.faultline.training.fit.TrainJob} takes a
 * {@link io.faultline.training.fit.TrainRequest} (a {@link io.faultline.training.fit.HistorySource}, a
 * detector name and JSON params, an output folder and a seed), fits one model per series, saves it as a
 * JSON model file named after the series, replays the history through it and writes the report of
 * {@link io.faultline.training.fit.report}. Progress goes to a {@link io.faultline.training.fit.TrainProgress};
 * the job prints nothing and reads no clock.
 *
 * <p>May import {@code io.faultline.models} (the registry and model files), {@code io.faultline.features}
 * (counter rates), {@code io.faultline.ingest} (series, stores, the CSV importer), Jackson and the JDK (its
 * HTTP client reads history from a Prometheus server's {@code query_range}).
 */
package io.faultline.training.fit;
