/**
 * Evaluation on the Server Machine Dataset (OmniAnomaly, Su et al., KDD 2019), and the PCA baseline
 * every SMD detector is compared with.
 *
 * <ul>
 *   <li>Detection: {@link io.faultline.training.smd.PointwiseF1} (precision, recall, F1 without point
 *   adjustment, at a threshold or the best one by one sort and sweep),
 *   {@link io.faultline.training.smd.PointAdjustment} (the point-adjusted protocol of Xu et al., WWW 2018,
 *   reported only beside the unadjusted figure, since Kim et al., AAAI 2022, showed it rewards random
 *   scores) and {@link io.faultline.training.smd.EventRecall}.</li>
 *   <li>A label-free threshold: {@link io.faultline.training.smd.PotThreshold}, Peaks-Over-Threshold on
 *   training scores with a generalised Pareto tail ({@link io.faultline.training.smd.GpdFit}), after
 *   Siffer et al., KDD 2017; the headline rule, {@link io.faultline.training.smd.MedianPot}, applies it to
 *   each score minus the median of the day before it, refitted once without the training rows it flags;
 *   {@link io.faultline.training.smd.LabelFreeRules} measures the alternatives beside it.</li>
 *   <li>Root-cause dimensions: {@link io.faultline.training.smd.RootCauseAccuracy} (HitRate@100%,
 *   HitRate@150%, RC-Top3) over {@link io.faultline.training.smd.DimensionRanking}s.</li>
 *   <li>{@link io.faultline.training.smd.PcaBaseline}: PCA reconstruction error with per-dimension
 *   contributions, and {@link io.faultline.training.smd.SmdEvaluation}, which runs the whole protocol on a
 *   machine into an {@link io.faultline.training.smd.SmdMachineEvaluation}.</li>
 * </ul>
 *
 * <p>Convention throughout: a row is flagged when its score is {@code >= threshold}. Nothing here reads
 * files, the clock or a random source. May import {@code io.faultline.datasets.smd},
 * {@code io.faultline.features.stats}, Commons Math,
 * Jackson annotations and the JDK.
 */
package io.faultline.training.smd;
