package io.faultline.models.artime;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.LearnedValues;
import io.faultline.models.TrainingProvenance;
import java.util.Arrays;
import java.util.Objects;

/**
 * ARTime (M. Hampton 2022, https://github.com/markNZed/ARTimeNAB.jl; NAB 74.9 / 65.1 / 80.4 when given
 * each file's range and length): adaptive resonance theory over wavelet features of the downsampled
 * series ({@link ArtimeCore}). Here the range comes from the first {@code probation} points and widens
 * online ({@link ArtimeScorer}). Deterministic: there is no randomness. Memory grows with the ART
 * categories learned, a few hundred vectors of 32 doubles on NAB's files.
 */
public final class ArtimeDetector implements Detector {
    public static final String NAME = "artime";

    private final ArtimeParams params;

    public ArtimeDetector(ArtimeParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ArtimeParams params() {
        return params;
    }

    @Override
    public FittedDetector fit(SeriesSamples history) {
        double[] learned = Arrays.stream(history.values()).filter(Double::isFinite).toArray();
        return new FittedArtime(TrainingProvenance.of(NAME, params, history, 0L), params, new LearnedValues(learned));
    }
}
