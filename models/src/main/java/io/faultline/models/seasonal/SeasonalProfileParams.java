package io.faultline.models.seasonal;

/**
 * Parameters of {@link SeasonalProfileDetector}.
 *
 * @param profile            {@code hour-of-day} or {@code hour-of-week} (which falls back to hour-of-day)
 * @param slotWindow         how many recent points each slot keeps, >= 3
 * @param minSlotPoints      points a slot needs before its baseline is used, in [3, slotWindow]
 * @param globalWindow       how many recent points the global fallback baseline keeps, >= 3
 * @param minPoints          points the global baseline needs before scoring starts, in [3, globalWindow]
 * @param longScaleShare     the scale is at least this share of the global window's standard deviation,
 *                           outliers included, >= 0; it keeps scores bounded on series that are flat
 *                           between bursts, where every MAD collapses
 * @param threshold          anomalous when |x - median| / scale exceeds this, > 0
 * @param relativeScaleFloor the scale is at least this share of |median|, >= 0
 * @param absoluteScaleFloor the scale is at least this, in the series' units, > 0
 */
public record SeasonalProfileParams(
        SeasonalProfileKind profile,
        int slotWindow,
        int minSlotPoints,
        int globalWindow,
        int minPoints,
        double longScaleShare,
        double threshold,
        double relativeScaleFloor,
        double absoluteScaleFloor) {

    public SeasonalProfileParams {
        if (profile == null) {
            throw new IllegalArgumentException("profile must be hour-of-day or hour-of-week, was null");
        }
        if (slotWindow < 3) {
            throw new IllegalArgumentException("slotWindow must be >= 3, was " + slotWindow);
        }
        if (minSlotPoints < 3 || minSlotPoints > slotWindow) {
            throw new IllegalArgumentException("minSlotPoints must be in [3, slotWindow=" + slotWindow + "], was " + minSlotPoints);
        }
        if (globalWindow < 3) {
            throw new IllegalArgumentException("globalWindow must be >= 3, was " + globalWindow);
        }
        if (minPoints < 3 || minPoints > globalWindow) {
            throw new IllegalArgumentException("minPoints must be in [3, globalWindow=" + globalWindow + "], was " + minPoints);
        }
        if (!(longScaleShare >= 0 && Double.isFinite(longScaleShare))) {
            throw new IllegalArgumentException("longScaleShare must be finite and >= 0, was " + longScaleShare);
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

    /** Hour-of-week slots of 128 points used from 24 on; a global window of 6400 points (NAB's) for fallback and scale floor. */
    public static SeasonalProfileParams defaults() {
        return new SeasonalProfileParams(SeasonalProfileKind.HOUR_OF_WEEK, 128, 24, 6400, 30, 1.0, 5.0, 0.001, 1e-6);
    }
}
