package io.faultline.models.artime;

import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;

/**
 * Streams a series through ARTime. The first {@code probation} finite values are held back: their
 * minimum and maximum (widened by {@code rangeMargin}) fix the range, then they are fed to the core,
 * whose own probation they are, so nothing that could have been scored is lost. Expected is the middle
 * of the range and the band the range itself; ARTime forecasts nothing. With {@code expandRange}, a
 * value beyond the range widens it (plus the margin) after it is scored. With {@code spatialTolerance}, a
 * value beyond every value seen so far (widened by that share of their spread) scores 1, as NuPIC's NAB
 * detector checks: ARTime alone looks at shapes, which a new extreme need not change.
 */
final class ArtimeScorer implements Scorer {
    private final ArtimeParams params;
    private final double[] warmUp;
    private int buffered;
    private long accepted;
    private long lastSpatialAlarm = Long.MIN_VALUE / 2;
    private ArtimeCore core;
    private double lower;
    private double upper;
    private double seenMin = Double.POSITIVE_INFINITY;
    private double seenMax = Double.NEGATIVE_INFINITY;

    ArtimeScorer(ArtimeParams params) {
        this.params = params;
        this.warmUp = new double[params.probation()];
    }

    /** Feeds a value without scoring it (replay of a fitted history). */
    void learn(double value) {
        if (Double.isFinite(value)) {
            accept(value);
        }
    }

    @Override
    public ScoredPoint score(long timestampMs, double value) {
        if (!Double.isFinite(value) || core == null) {
            learn(value);
            return ScoredPoint.warmingUp(timestampMs, value);
        }
        double score = Math.max(0, accept(value));
        return new ScoredPoint(timestampMs, value, (lower + upper) / 2, lower, upper, score, score >= params.threshold());
    }

    private double accept(double value) {
        if (core == null) {
            buffer(value);
            return 0;
        }
        // after the warm-up, the same buffer keeps the latest values for a rebuild
        warmUp[(int) (accepted++ % warmUp.length)] = value;
        double score = core.score(value);
        double tolerance = params.spatialTolerance() * (seenMax - seenMin);
        if (params.spatialTolerance() > 0 && accepted - lastSpatialAlarm > params.spatialMute()
                && (value > seenMax + tolerance || value < seenMin - tolerance)) {
            score = 1;
            lastSpatialAlarm = accepted;
        }
        seenMin = Math.min(seenMin, value);
        seenMax = Math.max(seenMax, value);
        if (params.expandRange() && (value < lower || value > upper)) {
            double margin = params.rangeMargin() * (Math.max(upper, value) - Math.min(lower, value));
            double oldWidth = upper - lower;
            lower = Math.min(lower, value - margin);
            upper = Math.max(upper, value + margin);
            if (params.restartWidening() > 0 && upper - lower > oldWidth * (1 + params.restartWidening())) {
                rebuild();
            } else {
                core.rescale(lower, upper);
            }
        }
        return score;
    }

    private void buffer(double value) {
        warmUp[buffered++] = value;
        seenMin = Math.min(seenMin, value);
        seenMax = Math.max(seenMax, value);
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
        core = new ArtimeCore(lower, upper, params.probation());
        for (double v : warmUp) {
            core.score(v);
        }
    }

    /** A fresh core on the current range, its probation the latest values, oldest first. */
    private void rebuild() {
        core = new ArtimeCore(lower, upper, params.probation());
        int n = warmUp.length;
        for (int k = 0; k < n; k++) {
            core.score(warmUp[(int) ((accepted + k) % n)]);
        }
    }
}
