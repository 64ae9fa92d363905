/**
 * A seeded fault-injection simulator of a microservice web shop, with ground truth.
 *
 * <p>Owns the shop's topology and load profile ({@link io.faultline.datasets.sim.WebShop}), the traffic,
 * load, memory and fault models that turn entry traffic into per-component metrics, the streaming
 * {@link io.faultline.datasets.sim.WebShopSimulator} (one {@link io.faultline.ingest.SampleBatch} per tick)
 * and the {@link io.faultline.datasets.sim.ScenarioWriter} that writes a scenario folder
 * ({@code metrics.csv}, {@code truth.json}, {@code topology.yaml}).
 *
 * <p>May import {@code io.faultline.ingest} and Jackson only. Nothing here reads the wall clock: simulated
 * time starts at {@link io.faultline.datasets.sim.SimulationParams#startEpochMs()} and every random draw comes
 * from the scenario's seed, so the same parameters and scenario always give the same output.
 */
package io.faultline.datasets.sim;
