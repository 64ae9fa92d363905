package io.faultline.models.robust;

/**
 * Parameters of {@link RobustZScoreDetector}.
 *
 * @param window             how many recent points the median and MAD are taken over, >= 3
 * @param minPoints          points needed in the window before scoring starts, in [3, window]
 * @param threshold          anomalous when |x - median| / scale exceeds this, > 0
 * @param relativeScaleFloor the scale is at least this share of |median| (0.01: on a flat series
 *                           a 1% change scores 1), >= 0
 * @param absoluteScaleFloor the scale is at least this, in the series' units, > 0; it matters for
 *                           series that sit at zero, where any departure larger than
 *                           {@code threshold x absoluteScaleFloor} is flagged
 */
public record RobustZScoreParams(
        int window,
        int minPoints,
        double threshold,
        double relativeScaleFloor,
        double absoluteScaleFloor) {

    public RobustZScoreParams {
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

    /** Four hours of one-minute samples, half an hour to warm up, four robust sigmas. */
    public static RobustZScoreParams defaults() {
        return new RobustZScoreParams(240, 30, 4.0, 0.01, 1e-6);
    }
}
