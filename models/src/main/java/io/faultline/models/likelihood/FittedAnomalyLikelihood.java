package io.faultline.models.likelihood;

import io.faultline.models.FittedDetector;
import io.faultline.models.ModelJson;
import io.faultline.models.Provenance;
import io.faultline.models.Scorer;
import java.util.List;
import java.util.Objects;

/**
 * An {@link AnomalyLikelihoodDetector} with its fitted bases and its calibrators where the history
 * left them. Restored from a model file by rebuilding each base through the registry.
 */
public final class FittedAnomalyLikelihood implements FittedDetector {
    private final Provenance provenance;
    private final AnomalyLikelihoodParams params;
    private final List<FittedDetector> bases;
    private final AnomalyLikelihoodState state;

    FittedAnomalyLikelihood(Provenance provenance, AnomalyLikelihoodParams params, List<FittedDetector> bases,
            AnomalyLikelihoodState calibration) {
        if (bases.size() != params.bases().size()) {
            throw new IllegalArgumentException(bases.size() + " fitted bases for " + params.bases().size() + " configured");
        }
        this.provenance = provenance;
        this.params = params;
        this.bases = List.copyOf(bases);
        this.state = new AnomalyLikelihoodState(bases.stream()
                .map(b -> new SavedBase(b.provenance(), ModelJson.mapper().valueToTree(b.state()))).toList(),
                calibration.calibrators(), calibration.valuesSeen(), calibration.min(), calibration.max(),
                calibration.suppressLeft());
    }

    /** How the registry rebuilds one saved base. */
    @FunctionalInterface
    public interface BaseRestorer {
        FittedDetector restore(SavedBase base);
    }

    /** Rebuilds a saved model; each base must be the detector its params name. */
    public static FittedAnomalyLikelihood restore(Provenance provenance, AnomalyLikelihoodParams params,
            AnomalyLikelihoodState state, BaseRestorer restorer) {
        if (state.bases().size() != params.bases().size()) {
            throw new IllegalArgumentException("state holds " + state.bases().size() + " bases, params name "
                    + params.bases().size());
        }
        for (int i = 0; i < state.bases().size(); i++) {
            String saved = state.bases().get(i).provenance().detector();
            if (!saved.equals(params.bases().get(i).detector())) {
                throw new IllegalArgumentException("bases[" + i + "] is '" + saved + "', params name '"
                        + params.bases().get(i).detector() + "'");
            }
        }
        return new FittedAnomalyLikelihood(provenance, params,
                state.bases().stream().map(restorer::restore).toList(), state);
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public Scorer newScorer() {
        return new AnomalyLikelihoodScorer(params, bases.stream().map(FittedDetector::newScorer).toList(), state);
    }

    @Override
    public AnomalyLikelihoodState state() {
        return state;
    }

    /** Equal when provenance, params and everything learned are: what a restored model must be. */
    @Override
    public boolean equals(Object o) {
        return o instanceof FittedAnomalyLikelihood f && provenance.equals(f.provenance) && params.equals(f.params)
                && state.equals(f.state);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provenance, params, state);
    }
}
