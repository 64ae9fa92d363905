package io.faultline.models.ensemble;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/**
 * Parameters of {@link MaxEnsembleDetector}.
 *
 * @param members   the detectors merged, at least one; the first gives the expected band
 * @param threshold anomalous when the merged score, in [0, 1], is at least this, in (0, 1]
 */
public record MaxEnsembleParams(List<EnsembleMember> members, double threshold) {

    public MaxEnsembleParams {
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("members must name at least one detector, was " + members);
        }
        members = List.copyOf(members);
        for (EnsembleMember m : members) {
            if (MaxEnsembleDetector.NAME.equals(m.detector())) {
                throw new IllegalArgumentException("members must not include '" + MaxEnsembleDetector.NAME + "' itself");
            }
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
    }

    /** CAD-OSE beside Numenta's likelihood over RCF (whose scores reach 10), each at its own defaults. */
    public static MaxEnsembleParams defaults() {
        return new MaxEnsembleParams(List.of(
                new EnsembleMember("cad-ose", JsonNodeFactory.instance.objectNode(), 1.0),
                new EnsembleMember("anomaly-likelihood", JsonNodeFactory.instance.objectNode(), 10.0)), 0.75);
    }
}
