package io.faultline.training.smd;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Parameters of {@link PcaBaseline}. Bound from JSON with Jackson; a missing key takes its default
 * from {@link #DEFAULTS}.
 *
 * @param explainedVariance keep the fewest leading components whose eigenvalues sum to at least this
 *                          share of the total; in (0, 1]; used when {@code components} is 0
 * @param components        a fixed number of components, >= 0; 0 = choose by {@code explainedVariance}
 * @param minStd            floor of each column's standard deviation before standardising, > 0, so
 *                          that a column constant in training does not turn a tiny move into a huge
 *                          z. SMD columns are min-max scaled to about [0, 1], so the default 0.01 is
 *                          1% of a column's training range
 */
public record PcaBaselineParams(double explainedVariance, int components, double minStd) {

    public static final PcaBaselineParams DEFAULTS = new PcaBaselineParams(0.9, 0, 0.01);

    public PcaBaselineParams {
        if (!(explainedVariance > 0 && explainedVariance <= 1)) {
            throw new IllegalArgumentException("explainedVariance must be in (0, 1], was " + explainedVariance);
        }
        if (components < 0) {
            throw new IllegalArgumentException("components must be >= 0, was " + components);
        }
        if (!(minStd > 0) || Double.isInfinite(minStd)) {
            throw new IllegalArgumentException("minStd must be finite and > 0, was " + minStd);
        }
    }

    @JsonCreator
    static PcaBaselineParams fromJson(
            @JsonProperty("explainedVariance") Double explainedVariance,
            @JsonProperty("components") Integer components,
            @JsonProperty("minStd") Double minStd) {
        return new PcaBaselineParams(
                explainedVariance == null ? DEFAULTS.explainedVariance : explainedVariance,
                components == null ? DEFAULTS.components : components,
                minStd == null ? DEFAULTS.minStd : minStd);
    }
}
