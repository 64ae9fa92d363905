/**
 * Root-cause rankers ({@link io.faultline.rca.RootCauseRanker} implementations, listed by name in
 * {@link io.faultline.rca.rank.RankerRegistry}: the default baseline-deviation ranker and RCAEval's
 * BARO and N-Sigma, which rank metrics first) and the
 * {@link io.faultline.rca.rank.FaultKindClassifier} that reads a fault kind from the metrics
 * that deviated. Rankers work on an {@link io.faultline.rca.RcaCase} alone: series, graph and
 * onset; they never see ground truth.
 *
 * <p>May import {@code io.faultline.rca}, {@code io.faultline.rca.topology},
 * {@code io.faultline.features}, {@code io.faultline.models} and {@code io.faultline.ingest};
 * Commons Math for statistics; Jackson annotations for params.
 */
package io.faultline.rca.rank;
