/**
 * CIRCA's synthetic root-cause benchmark (Li et al., KDD 2022), seeded: a random weighted DAG whose only sink is
 * the SLI ({@link io.faultline.datasets.circa.CausalDag}), a linear structural causal model with lag and
 * auto-regression, and faults as noise shifts on 1 + Poisson(1) root causes
 * ({@link io.faultline.datasets.circa.CircaGenerator}, parameters in
 * {@link io.faultline.datasets.circa.CircaParams}). Each {@link io.faultline.datasets.circa.CircaCase} holds the
 * graph (edges cause -> effect), one series per node, the fault time and the root causes.
 *
 * <p>May import {@code io.faultline.ingest} and Jackson only. Nothing here reads the wall clock or an unseeded
 * random source.
 */
package io.faultline.datasets.circa;
