package io.faultline.rca.change;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How {@link ChangeEvidence} weighs changes. Bound from JSON/YAML with Jackson; a missing key takes
 * its default from {@link #DEFAULTS}.
 *
 * @param windowSeconds a change at most this long before the onset (and not after it) counts, 1..86400
 * @param boost         a cause with such a change has its score multiplied by {@code 1 + boost}, 0..100
 */
public record ChangeEvidenceParams(long windowSeconds, double boost) {

    /**
     * Thirty minutes, score times 1.5: most deploy-induced faults show within minutes of the
     * rollout, and a half-again boost reorders close calls without overruling clear metric evidence.
     */
    public static final ChangeEvidenceParams DEFAULTS = new ChangeEvidenceParams(1800, 0.5);

    public ChangeEvidenceParams {
        if (windowSeconds < 1 || windowSeconds > 86_400) {
            throw new IllegalArgumentException("windowSeconds must be in 1..86400, was " + windowSeconds);
        }
        if (!(boost >= 0 && boost <= 100)) {
            throw new IllegalArgumentException("boost must be in 0..100, was " + boost);
        }
    }

    @JsonCreator
    static ChangeEvidenceParams fromJson(@JsonProperty("windowSeconds") Long windowSeconds,
                                         @JsonProperty("boost") Double boost) {
        return new ChangeEvidenceParams(windowSeconds == null ? DEFAULTS.windowSeconds : windowSeconds,
                boost == null ? DEFAULTS.boost : boost);
    }
}
