package io.faultline.models.ewma;

/**
 * Parameters of {@link EwmaDetector}.
 *
 * @param alpha              smoothing of the level, in (0, 1]
 * @param beta               smoothing of the trend, in [0, 1]; 0 keeps no trend
 * @param gamma              smoothing of the season, in [0, 1]; must be 0 when seasonLength is 0
 * @param seasonLength       points per season (288 for a day of 5-minute points), 0 for none, else >= 2
 * @param scaleAlpha         smoothing of the running mean absolute residual, in (0, 1)
 * @param longScaleAlpha     smoothing of the running mean squared residual, unclipped, in (0, 1): a
 *                           slow, outlier-inclusive scale
 * @param longScaleShare     the scale is at least this share of the slow scale, >= 0; it keeps the
 *                           score bounded on series that are flat between bursts, where the robust
 *                           scale collapses
 * @param huberK             residuals beyond huberK scales are clipped to it before the level, trend,
 *                           season and scale learn from them, > 0
 * @param warmUp             points learned before scoring starts, >= 2
 * @param threshold          anomalous when |residual| / scale exceeds this, > 0
 * @param relativeScaleFloor the scale is at least this share of |forecast|, >= 0
 * @param absoluteScaleFloor the scale is at least this, in the series' units, > 0
 */
public record EwmaParams(
        double alpha,
        double beta,
        double gamma,
        int seasonLength,
        double scaleAlpha,
        double longScaleAlpha,
        double longScaleShare,
        double huberK,
        int warmUp,
        double threshold,
        double relativeScaleFloor,
        double absoluteScaleFloor) {

    public EwmaParams {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1], was " + alpha);
        }
        if (!(beta >= 0 && beta <= 1)) {
            throw new IllegalArgumentException("beta must be in [0, 1], was " + beta);
        }
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma must be in [0, 1], was " + gamma);
        }
        if (seasonLength != 0 && seasonLength < 2) {
            throw new IllegalArgumentException("seasonLength must be 0 (no season) or >= 2, was " + seasonLength);
        }
        if (seasonLength == 0 && gamma != 0) {
            throw new IllegalArgumentException("gamma must be 0 when seasonLength is 0, was " + gamma);
        }
        if (!(scaleAlpha > 0 && scaleAlpha < 1)) {
            throw new IllegalArgumentException("scaleAlpha must be in (0, 1), was " + scaleAlpha);
        }
        if (!(longScaleAlpha > 0 && longScaleAlpha < 1)) {
            throw new IllegalArgumentException("longScaleAlpha must be in (0, 1), was " + longScaleAlpha);
        }
        if (!(longScaleShare >= 0 && Double.isFinite(longScaleShare))) {
            throw new IllegalArgumentException("longScaleShare must be finite and >= 0, was " + longScaleShare);
        }
        if (!(huberK > 0 && Double.isFinite(huberK))) {
            throw new IllegalArgumentException("huberK must be finite and > 0, was " + huberK);
        }
        if (warmUp < 2) {
            throw new IllegalArgumentException("warmUp must be >= 2, was " + warmUp);
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

    /** A level-only EWMA whose scale is at least the slow RMS residual (chosen on the NAB corpus, one setting for all files). */
    public static EwmaParams defaults() {
        return new EwmaParams(0.1, 0.0, 0.0, 0, 0.01, 0.001, 2.0, 6.0, 30, 3.0, 0.001, 1e-6);
    }
}
