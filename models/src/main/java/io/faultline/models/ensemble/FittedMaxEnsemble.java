package io.faultline.models.ensemble;

import io.faultline.models.FittedDetector;
import io.faultline.models.ModelJson;
import io.faultline.models.Provenance;
import io.faultline.models.Scorer;
import io.faultline.models.likelihood.SavedBase;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A {@link MaxEnsembleDetector} with its fitted members; restored by rebuilding each through the registry. */
public final class FittedMaxEnsemble implements FittedDetector {
    private final Provenance provenance;
    private final MaxEnsembleParams params;
    private final List<FittedDetector> members;

    FittedMaxEnsemble(Provenance provenance, MaxEnsembleParams params, List<FittedDetector> members) {
        if (members.size() != params.members().size()) {
            throw new IllegalArgumentException(members.size() + " fitted members for " + params.members().size() + " configured");
        }
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.params = params;
        this.members = List.copyOf(members);
    }

    /** Rebuilds a saved model; each member must be the detector the params name. */
    public static FittedMaxEnsemble restore(Provenance provenance, MaxEnsembleParams params, MaxEnsembleState state,
            Function<SavedBase, FittedDetector> restorer) {
        if (state.members().size() != params.members().size()) {
            throw new IllegalArgumentException("state holds " + state.members().size() + " members, params name "
                    + params.members().size());
        }
        for (int i = 0; i < state.members().size(); i++) {
            String saved = state.members().get(i).provenance().detector();
            if (!saved.equals(params.members().get(i).detector())) {
                throw new IllegalArgumentException("members[" + i + "] is '" + saved + "', params name '"
                        + params.members().get(i).detector() + "'");
            }
        }
        return new FittedMaxEnsemble(provenance, params, state.members().stream().map(restorer).toList());
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public Scorer newScorer() {
        return new MaxEnsembleScorer(params, members.stream().map(FittedDetector::newScorer).toList());
    }

    @Override
    public MaxEnsembleState state() {
        return new MaxEnsembleState(members.stream()
                .map(m -> new SavedBase(m.provenance(), ModelJson.mapper().valueToTree(m.state()))).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedMaxEnsemble f && provenance.equals(f.provenance) && params.equals(f.params)
                && members.equals(f.members);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provenance, params, members);
    }
}
