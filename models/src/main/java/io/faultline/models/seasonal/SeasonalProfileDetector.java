package io.faultline.models.seasonal;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.TrainingProvenance;
import java.util.Objects;

/**
 * Seasonal baselines for metrics that follow the working day and week: each point is compared with
 * the rolling median and MAD (Hampel 1974; Rousseeuw and Croux, JASA 88(424), 1993) of the recent
 * points that fell in the same hour of the week, or of the day, in UTC, taken from the point's own
 * timestamp (never a wall clock). Until a slot has {@code minSlotPoints} points the baseline falls
 * back to the coarser profile and then to a rolling global window, in the spirit of the seasonal
 * profiles of Hochenbaum, Vallis and Kejariwal ("Automatic anomaly detection in the cloud via
 * statistical learning", arXiv:1704.07706, 2017) with medians in place of their decomposition.
 *
 * <p>score = |x - median| / scale, scale = max(1.4826 MAD, longScaleShare x the global window's
 * standard deviation, relativeScaleFloor |median|, absoluteScaleFloor); the outlier-inclusive
 * deviation keeps scores bounded on series that are flat between bursts, where every MAD is 0; bounds = median +- threshold x scale. Fitting replays the finite history
 * into the slots. Deterministic: the seed is 0.
 */
public final class SeasonalProfileDetector implements Detector {
    public static final String NAME = "seasonal-profile";

    private final SeasonalProfileParams params;

    public SeasonalProfileDetector(SeasonalProfileParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SeasonalProfileParams params() {
        return params;
    }

    @Override
    public FittedDetector fit(SeriesSamples history) {
        SeasonalProfileScorer replay = new SeasonalProfileScorer(params, SeasonalProfileState.empty(params.profile()));
        for (int i = 0; i < history.size(); i++) {
            replay.score(history.timestampsMs()[i], history.values()[i]);
        }
        return new FittedSeasonalProfile(TrainingProvenance.of(NAME, params, history, 0L), params, replay.state());
    }
}
