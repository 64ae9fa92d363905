package io.faultline.models.blockmedian;

/**
 * Parameters of {@link BlockMedianDetector}.
 *
 * @param window             how many recent points the median and MAD cover, >= 3
 * @param minPoints          points the finished blocks must cover before scoring starts, in [3, window]
 * @param threshold          anomalous when |x - median| / scale exceeds this, > 0
 * @param relativeScaleFloor the scale is at least this share of |median|, >= 0
 * @param absoluteScaleFloor the scale is at least this, in the series' units, > 0
 */
public record BlockMedianParams(
        int window,
        int minPoints,
        double threshold,
        double relativeScaleFloor,
        double absoluteScaleFloor) {

    public BlockMedianParams {
        if (window < 3) {
            throw new IllegalArgumentException("window must be >= 3, was " + window);
        }
        if (minPoints < 3 || minPoints > window) {
            throw new IllegalArgumentException("minPoints must be in [3, window=" + window + "], was " + minPoints);
        }
        if (!(threshold > 0 && Double.isFinite(threshold))) {
            throw new IllegalArgumentException("threshold must be finite and > 0, was " + threshold);
        }
        if (!(relativeScaleFloor >= 0 && Double.isFinite(relativeScaleFloor))) {
            throw new IllegalArgumentException("relativeScaleFloor must be finite and >= 0, was " + relativeScaleFloor);
        }
        if (!(absoluteScaleFloor > 0 && Double.isFinite(absoluteScaleFloor))) {
            throw new IllegalArgumentException("absoluteScaleFloor must be finite and > 0, was " + absoluteScaleFloor);
        }
    }

    /** The same as {@code robust-zscore}'s defaults: 240 points (15 blocks of 16), 30 to warm up, four robust sigmas. */
    public static BlockMedianParams defaults() {
        return new BlockMedianParams(240, 30, 4.0, 0.01, 1e-6);
    }
}
