/**
 * The compact robust z-score detector ({@code block-median}): a point is anomalous when it lies more
 * than {@code threshold} robust standard deviations from the median of the recent points, both
 * taken from {@link io.faultline.features.stats.BlockMedianWindow} (medians and spreads of blocks of
 * the window instead of the window itself), so it costs a few hundred bytes per series and is the
 * live pipeline's default at 100,000 series.
 *
 * <p>Owns {@link io.faultline.models.blockmedian.BlockMedianDetector} and its params, state, fitted form
 * and scorer; may import {@code io.faultline.models}, {@code io.faultline.features} and
 * {@code io.faultline.ingest}.
 */
package io.faultline.models.blockmedian;
