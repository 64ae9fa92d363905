package io.faultline.models.cad;

import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;

/**
 * Streams a series through CAD-OSE. The first {@code rangeWarmUp} finite values are held back: their
 * minimum and maximum (widened by {@code rangeMargin}) fix the quantised range, then they are fed to
 * the core unscored. Expected is the middle of the range and the band the range itself, which is what
 * CAD-OSE considers ordinary values; it forecasts nothing. A value beyond the range is quantised into
 * the bin just past it; with {@code expandRange} the range then grows to take it in (plus the margin),
 * so the following values are quantised over the new range.
 */
final class CadOseScorer implements Scorer {
    private final CadOseParams params;
    private final double[] warmUp;
    private int buffered;
    private CadOseCore core;
    private double lower;
    private double upper;

    CadOseScorer(CadOseParams params) {
        this.params = params;
        this.warmUp = new double[params.rangeWarmUp()];
    }

    /** Feeds a value without scoring it (replay of a fitted history). */
    void learn(double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        if (core == null) {
            buffer(value);
        } else {
            core.score(value);
        }
    }

    @Override
    public ScoredPoint score(long timestampMs, double value) {
        if (!Double.isFinite(value)) {
            return ScoredPoint.warmingUp(timestampMs, value);
        }
        if (core == null) {
            buffer(value);
            return ScoredPoint.warmingUp(timestampMs, value);
        }
        double score = core.score(value);
        if (params.expandRange() && (value < lower || value > upper)) {
            double margin = params.rangeMargin() * (Math.max(upper, value) - Math.min(lower, value));
            lower = Math.min(lower, value - margin);
            upper = Math.max(upper, value + margin);
            core.rescale(lower, upper);
        }
        return new ScoredPoint(timestampMs, value, (lower + upper) / 2, lower, upper, score, score >= params.threshold());
    }

    private void buffer(double value) {
        warmUp[buffered++] = value;
        if (buffered < warmUp.length) {
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : warmUp) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double margin = params.rangeMargin() * (max - min);
        lower = min - margin;
        upper = max + margin;
        core = params.core(lower, upper).saturating();
        for (double v : warmUp) {
            core.score(v);
        }
    }
}
