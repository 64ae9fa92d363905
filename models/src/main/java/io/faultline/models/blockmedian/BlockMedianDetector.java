package io.faultline.models.blockmedian;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.TrainingProvenance;
import java.util.Objects;

/**
 * Flags points far from the median of the recent points in units of their MAD, the modified z-score
 * of Iglewicz &amp; Hoaglin ("How to Detect and Handle Outliers", ASQC, 1993) as {@code robust-zscore}
 * computes it, with the rolling median and MAD taken from blocks of the window
 * ({@link io.faultline.features.stats.BlockMedianWindow}, after the remedian of Rousseeuw &amp; Bassett,
 * JASA 85(409), 1990): a window of 240 points costs 61 floats per series instead of 5.8 KB, which is
 * what a live pipeline of 100,000 series can afford.
 *
 * <p>For each point x, before x joins the window: expected = block median, scale =
 * max(spread, relativeScaleFloor |expected|, absoluteScaleFloor), score = |x - expected| / scale,
 * bounds = expected +- threshold x scale, anomalous when score &gt; threshold. Scoring starts once
 * finished blocks cover {@code minPoints} points; the estimates move when a block (16 points at the
 * default window) closes.
 *
 * <p>Fitting replays the finite history into a fresh window; scorers continue from it.
 * Deterministic: the seed is 0.
 */
public final class BlockMedianDetector implements Detector {
    public static final String NAME = "block-median";

    private final BlockMedianParams params;

    public BlockMedianDetector(BlockMedianParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public BlockMedianParams params() {
        return params;
    }

    @Override
    public FittedDetector fit(SeriesSamples history) {
        BlockMedianScorer replay = new BlockMedianScorer(params);
        for (int i = 0; i < history.size(); i++) {
            replay.learn(history.values()[i]);
        }
        return new FittedBlockMedian(TrainingProvenance.of(NAME, params, history, 0L), params, replay.state());
    }
}
