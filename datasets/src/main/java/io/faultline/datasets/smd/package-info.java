/**
 * Loader of folders in the Server Machine Dataset layout (Su et al., KDD 2019, "OmniAnomaly"):
 * {@link io.faultline.datasets.smd.SmdDataset} lists the machines of a folder and loads one at a time
 * into an {@link io.faultline.datasets.smd.SmdMachine} (train and test
 * {@link io.faultline.datasets.smd.SmdMatrix}, point labels, and the
 * {@link io.faultline.datasets.smd.InterpretationSegment}s that name each anomaly's dimensions).
 *
 * <p>Owns parsing and validation only; scoring and evaluation live in {@code io.faultline.training.smd}.
 * May import {@code io.faultline.ingest} (for {@code InvalidInputException}) and the JDK.
 */
package io.faultline.datasets.smd;
