package io.faultline.models.cad;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.LearnedValues;
import io.faultline.models.TrainingProvenance;
import java.util.Arrays;
import java.util.Objects;

/**
 * The Contextual Anomaly Detector, open-source edition (M. Smirnov, 2016, https://github.com/smirmik/CAD;
 * NAB's {@code contextOSE}, published NAB scores 69.9 / 67.0 / 73.2): values are quantised to a few
 * bits, consecutive steps form contexts of facts, and a point is anomalous when the contexts the past
 * predicted do not occur and new ones appear ({@link CadOseCore}). NAB gives the detector each file's
 * minimum and maximum in advance; here the range comes from the first points seen
 * ({@link CadOseScorer}). Deterministic: there is no randomness. Memory grows with the contexts
 * learned, which on NAB's files stays in the tens of thousands.
 */
public final class CadOseDetector implements Detector {
    public static final String NAME = "cad-ose";

    private final CadOseParams params;

    public CadOseDetector(CadOseParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CadOseParams params() {
        return params;
    }

    @Override
    public FittedDetector fit(SeriesSamples history) {
        double[] learned = Arrays.stream(history.values()).filter(Double::isFinite).toArray();
        return new FittedCadOse(TrainingProvenance.of(NAME, params, history, 0L), params, new LearnedValues(learned));
    }
}
