package io.faultline.models.ewma;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.TrainingProvenance;
import java.util.Objects;

/**
 * Exponential smoothing residuals: simple exponential smoothing of the level (Brown 1956), with
 * Holt's trend (Holt 1957, reprinted in the International Journal of Forecasting 20(1), 2004) and
 * Winters' additive season ("Forecasting sales by exponentially weighted moving averages",
 * Management Science 6(3), 1960) when configured. Each point is forecast as
 * level + trend + season[position mod seasonLength] before it is seen; the score is
 * |x - forecast| / scale, the scale being the larger of the running mean absolute residual (an
 * EWMA, bias-corrected for its start) times sqrt(pi/2) and {@code longScaleShare} times the slow
 * root mean square residual, floored. bounds = forecast +- threshold x scale. The slow scale keeps
 * outliers in: on series that sit flat between bursts the robust scale collapses to nothing and
 * every burst would score without bound, which makes one threshold for many series impossible
 * (on NAB the standard score is about 0 with share 0 and 44.1 with the defaults, where the slow
 * scale nearly always wins).
 *
 * <p>The season follows point positions, not clock time: it assumes regularly spaced points.
 * Fitting replays the finite history; scorers continue from where it left off. Deterministic: the
 * seed is 0.
 */
public final class EwmaDetector implements Detector {
    public static final String NAME = "ewma";

    private final EwmaParams params;

    public EwmaDetector(EwmaParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EwmaParams params() {
        return params;
    }

    @Override
    public FittedDetector fit(SeriesSamples history) {
        EwmaScorer replay = new EwmaScorer(params, EwmaState.initial(params.seasonLength()));
        for (int i = 0; i < history.size(); i++) {
            replay.score(history.timestampsMs()[i], history.values()[i]);
        }
        return new FittedEwma(TrainingProvenance.of(NAME, params, history, 0L), params, replay.state());
    }
}
