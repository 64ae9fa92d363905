/**
 * Scoring root-cause rankings on the public benchmarks as RCAEval does: turning a ranking of metrics into a
 * ranking of services ({@link io.faultline.training.rca.ServiceRanking}, for AC@k and Avg@5 through
 * {@link io.faultline.training.metrics.RankingAccuracy}) and fault-kind accuracy
 * ({@link io.faultline.training.rca.FaultKindAccuracy}, {@link io.faultline.training.rca.DatasetFaultKinds}).
 *
 * <p>May import {@code io.faultline.training.metrics}, {@code io.faultline.rca}, {@code io.faultline.datasets},
 * {@code io.faultline.models}, {@code io.faultline.features} and {@code io.faultline.ingest}.
 */
package io.faultline.training.rca;
