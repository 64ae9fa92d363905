package io.faultline.models.robust;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.TrainingProvenance;
import java.util.Arrays;
import java.util.Objects;

/**
 * Flags points far from the rolling median in units of the rolling MAD: the modified z-score of
 * Iglewicz &amp; Hoaglin ("How to Detect and Handle Outliers", ASQC, 1993) computed over a sliding
 * window, with the MAD as the robust scale of Hampel (1974) and Rousseeuw &amp; Croux ("Alternatives
 * to the median absolute deviation", JASA 88(424), 1993).
 *
 * <p>For each point x, before x joins the window: expected = median,
 * scale = max(1.4826 MAD, relativeScaleFloor |median|, absoluteScaleFloor),
 * score = |x - median| / scale, bounds = median +- threshold x scale, anomalous when
 * score &gt; threshold. Up to half the window can be outliers without moving the median or the MAD,
 * so a burst of anomalies does not hide itself. Each point costs O(log^2 window).
 *
 * <p>Fitting learns nothing beyond the last {@code window} finite values of the history, which
 * prime the scorers; the scorers then keep learning online. Deterministic: the seed is 0.
 */
public final class RobustZScoreDetector implements Detector {
    public static final String NAME = "robust-zscore";

    private final RobustZScoreParams params;

    public RobustZScoreDetector(RobustZScoreParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RobustZScoreParams params() {
        return params;
    }

    @Override
    public FittedDetector fit(SeriesSamples history) {
        double[] finite = Arrays.stream(history.values()).filter(Double::isFinite).toArray();
        double[] tail = Arrays.copyOfRange(finite, Math.max(0, finite.length - params.window()), finite.length);
        return new FittedRobustZScore(
                TrainingProvenance.of(NAME, params, history, 0L), params, new RobustZScoreState(tail));
    }
}
