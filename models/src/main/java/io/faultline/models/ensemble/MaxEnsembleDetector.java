package io.faultline.models.ensemble;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.TrainingProvenance;
import java.util.List;
import java.util.Objects;

/**
 * Merges detectors that each already calibrate and mute their own scores (CAD-OSE, Numenta's anomaly
 * likelihood) by the largest of their scores, each divided by the score that counts as certain for it:
 * the "max of calibrated scores" combination, as NAB's ensembles and Numenta's likelihood over several
 * models do. Each member fits on the history on its own; deterministic when the members are.
 */
public final class MaxEnsembleDetector implements Detector {
    public static final String NAME = "max-ensemble";

    private final MaxEnsembleParams params;
    private final List<Detector> members;

    /** @param members the configured members, in the order of {@code params.members()} */
    public MaxEnsembleDetector(MaxEnsembleParams params, List<Detector> members) {
        this.params = Objects.requireNonNull(params, "params");
        this.members = List.copyOf(members);
        if (this.members.size() != params.members().size()) {
            throw new IllegalArgumentException(this.members.size() + " members for " + params.members().size() + " configured");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public MaxEnsembleParams params() {
        return params;
    }

    @Override
    public FittedDetector fit(SeriesSamples history) {
        return new FittedMaxEnsemble(TrainingProvenance.of(NAME, params, history, 0L), params,
                members.stream().map(m -> m.fit(history)).toList());
    }
}
