package io.faultline.models.blockmedian;

import io.faultline.features.stats.BlockMedianWindow;
import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;

/** Scores each point against the block median and spread of the points before it, then adds it. */
final class BlockMedianScorer implements Scorer {
    private final BlockMedianParams params;
    private final BlockMedianWindow window;

    BlockMedianScorer(BlockMedianParams params, BlockMedianState state) {
        this.params = params;
        this.window = new BlockMedianWindow(params.window(), state.window());
    }

    BlockMedianScorer(BlockMedianParams params) {
        this.params = params;
        this.window = new BlockMedianWindow(params.window());
    }

    @Override
    public ScoredPoint score(long timestampMs, double value) {
        if (!Double.isFinite(value)) {
            return ScoredPoint.warmingUp(timestampMs, value);
        }
        ScoredPoint point = window.coveredValues() >= params.minPoints()
                ? judge(timestampMs, value)
                : ScoredPoint.warmingUp(timestampMs, value);
        window.add(value);
        return point;
    }

    /** Learns from a value without scoring it (fitting on history); non-finite values are skipped. */
    void learn(double value) {
        if (Double.isFinite(value)) {
            window.add(value);
        }
    }

    BlockMedianState state() {
        return new BlockMedianState(window.snapshot());
    }

    private ScoredPoint judge(long timestampMs, double value) {
        double expected = window.location();
        double floor = Math.max(params.relativeScaleFloor() * Math.abs(expected), params.absoluteScaleFloor());
        double scale = Math.max(window.spread(), floor);
        double halfWidth = params.threshold() * scale;
        double score = Math.abs(value - expected) / scale;
        return new ScoredPoint(timestampMs, value, expected, expected - halfWidth, expected + halfWidth,
                score, score > params.threshold());
    }
}
