package io.faultline.models.likelihood;

import com.fasterxml.jackson.databind.node.NullNode;
import io.faultline.ingest.SeriesSamples;
import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.Scorer;
import io.faultline.models.TrainingProvenance;
import java.util.List;
import java.util.Objects;

/**
 * Calibrates and merges other detectors' scores with Numenta's anomaly likelihood (Ahmad, Lavin,
 * Purdy and Agha, "Unsupervised real-time anomaly detection for streaming data", Neurocomputing 262,
 * 2017; NuPIC's {@code anomaly_likelihood.py} and NAB's {@code numenta_detector.py}): each base
 * detector's raw score is turned into the tail probability of its short-term mean under a Gaussian of
 * its own recent past ({@link LikelihoodCalibrator}), which puts the scores of any detector on any
 * series on one scale, so that one threshold serves a whole corpus; the output is the largest
 * calibrated score, as -log10 of the tail probability. No labels are used anywhere.
 *
 * <p>Fitting fits each base on the history and replays the history through fresh base scorers to
 * train the calibrators. Deterministic when the bases are (the seed recorded is 0; each base records
 * its own).
 */
public final class AnomalyLikelihoodDetector implements Detector {
    public static final String NAME = "anomaly-likelihood";

    private final AnomalyLikelihoodParams params;
    private final List<Detector> bases;

    /** @param bases the configured base detectors, in the order of {@code params.bases()} */
    public AnomalyLikelihoodDetector(AnomalyLikelihoodParams params, List<Detector> bases) {
        this.params = Objects.requireNonNull(params, "params");
        this.bases = List.copyOf(bases);
        if (this.bases.size() != params.bases().size()) {
            throw new IllegalArgumentException(this.bases.size() + " base detectors for " + params.bases().size() + " configured");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AnomalyLikelihoodParams params() {
        return params;
    }

    @Override
    public FittedDetector fit(SeriesSamples history) {
        SeriesSamples none = new SeriesSamples(history.key(), new long[0], new double[0]);
        List<Scorer> fresh = bases.stream().map(b -> b.fit(none).newScorer()).toList();
        List<CalibratorState> initial = bases.stream().map(b -> CalibratorState.initial()).toList();
        List<FittedDetector> fitted = bases.stream().map(b -> b.fit(history)).toList();
        List<SavedBase> placeholders = fitted.stream().map(f -> new SavedBase(f.provenance(),
                NullNode.getInstance())).toList();
        AnomalyLikelihoodScorer replay = new AnomalyLikelihoodScorer(params, fresh,
                new AnomalyLikelihoodState(placeholders, initial, 0L, 0.0, 0.0, 0));
        for (int i = 0; i < history.size(); i++) {
            replay.score(history.timestampsMs()[i], history.values()[i]);
        }
        return new FittedAnomalyLikelihood(TrainingProvenance.of(NAME, params, history, 0L), params, fitted,
                replay.state(placeholders));
    }
}
