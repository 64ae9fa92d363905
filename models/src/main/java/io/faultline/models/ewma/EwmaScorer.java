package io.faultline.models.ewma;

import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;

/**
 * Forecasts each point from the smoother, scores the residual against the running scale, then
 * learns from the point with its residual clipped to {@code huberK} scales, so that one outlier
 * moves neither the forecast nor the scale by more than a bounded amount (Gelper, Fried and Croux,
 * "Robust forecasting with exponential and Holt-Winters smoothing", Journal of Forecasting 29(3),
 * 2010). Residuals are not clipped while warming up, when the scale is not yet known. O(1) per point.
 */
final class EwmaScorer implements Scorer {
    /** sqrt(pi / 2): the mean absolute deviation of a normal times this is its standard deviation. */
    static final double MEAN_ABS_TO_SIGMA = Math.sqrt(Math.PI / 2);

    private final EwmaParams params;
    private double level;
    private double trend;
    private final double[] season;
    private int seasonIndex;
    private double meanAbsResidual;
    private double meanSquaredResidual;
    private long count;

    EwmaScorer(EwmaParams params, EwmaState state) {
        if (state.season().length != params.seasonLength()) {
            throw new IllegalArgumentException("state has a season of " + state.season().length
                    + " points, params seasonLength=" + params.seasonLength());
        }
        this.params = params;
        this.level = state.level();
        this.trend = state.trend();
        this.season = state.season();
        this.seasonIndex = state.seasonIndex();
        this.meanAbsResidual = state.meanAbsResidual();
        this.meanSquaredResidual = state.meanSquaredResidual();
        this.count = state.count();
    }

    EwmaState state() {
        return new EwmaState(level, trend, season, seasonIndex, meanAbsResidual, meanSquaredResidual, count);
    }

    @Override
    public ScoredPoint score(long timestampMs, double value) {
        if (!Double.isFinite(value)) {
            return ScoredPoint.warmingUp(timestampMs, value);
        }
        if (count == 0) {
            level = value;
            advance();
            return ScoredPoint.warmingUp(timestampMs, value);
        }
        double forecast = level + trend + seasonal();
        double residual = value - forecast;
        double scale = scale(forecast);
        boolean warm = count >= params.warmUp();
        ScoredPoint point = warm ? judge(timestampMs, value, forecast, residual, scale)
                : ScoredPoint.warmingUp(timestampMs, value);
        meanSquaredResidual += params.longScaleAlpha() * (residual * residual - meanSquaredResidual);
        learn(forecast, warm ? clip(residual, params.huberK() * scale) : residual);
        return point;
    }

    private ScoredPoint judge(long timestampMs, double value, double forecast, double residual, double scale) {
        double score = Math.abs(residual) / scale;
        double halfWidth = params.threshold() * scale;
        return new ScoredPoint(timestampMs, value, forecast, forecast - halfWidth, forecast + halfWidth, score,
                score > params.threshold());
    }

    /**
     * The residuals' standard deviation, from their bias-corrected mean absolute value, at least a
     * share of the slow root mean square residual, with floors.
     */
    private double scale(double forecast) {
        long residuals = count - 1;
        double sigma = MEAN_ABS_TO_SIGMA * unbiased(meanAbsResidual, params.scaleAlpha(), residuals);
        double slow = Math.sqrt(unbiased(meanSquaredResidual, params.longScaleAlpha(), residuals));
        double floor = Math.max(params.relativeScaleFloor() * Math.abs(forecast), params.absoluteScaleFloor());
        return Math.max(Math.max(sigma, params.longScaleShare() * slow), floor);
    }

    /** An EWMA started at 0 after n values, divided by the weight its values carry, 1 - (1 - alpha)^n. */
    private static double unbiased(double ewma, double alpha, long n) {
        return n == 0 ? 0.0 : ewma / -Math.expm1(n * Math.log1p(-alpha));
    }

    private void learn(double forecast, double residual) {
        double cleaned = forecast + residual;
        double s = seasonal();
        double previous = level;
        level = params.alpha() * (cleaned - s) + (1 - params.alpha()) * (level + trend);
        trend = params.beta() * (level - previous) + (1 - params.beta()) * trend;
        if (season.length > 0) {
            season[seasonIndex] = params.gamma() * (cleaned - level) + (1 - params.gamma()) * s;
        }
        meanAbsResidual += params.scaleAlpha() * (Math.abs(residual) - meanAbsResidual);
        advance();
    }

    private double seasonal() {
        return season.length == 0 ? 0.0 : season[seasonIndex];
    }

    private void advance() {
        count++;
        if (season.length > 0) {
            seasonIndex = (seasonIndex + 1) % season.length;
        }
    }

    private static double clip(double x, double limit) {
        return Math.max(-limit, Math.min(limit, x));
    }
}
