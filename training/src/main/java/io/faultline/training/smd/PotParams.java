package io.faultline.training.smd;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Parameters of {@link PotThreshold}. Bound from JSON with Jackson; a missing key takes its default
 * from {@link #DEFAULTS}.
 *
 * @param initialQuantile level of the empirical quantile t of the training scores above which the
 *                        excesses are fitted; in (0, 1). Siffer et al. use 0.98
 * @param risk            q, the probability of a normal score exceeding the threshold; in
 *                        (0, 1 - initialQuantile), so the threshold lies above t
 * @param method          how the generalised Pareto distribution is fitted to the excesses
 */
public record PotParams(double initialQuantile, double risk, GpdMethod method) {

    /** t at the 98% quantile, as Siffer et al.; q = 1e-3, one false alarm per thousand normal points. */
    public static final PotParams DEFAULTS = new PotParams(0.98, 1e-3, GpdMethod.GRIMSHAW);

    /** Estimators of the generalised Pareto distribution. */
    public enum GpdMethod {
        /** Maximum likelihood through Grimshaw's one-dimensional reduction (Siffer et al.'s choice). */
        @JsonProperty("grimshaw") GRIMSHAW,
        /** Method of moments: closed form, for comparison. */
        @JsonProperty("moments") MOMENTS
    }

    public PotParams {
        if (!(initialQuantile > 0 && initialQuantile < 1)) {
            throw new IllegalArgumentException("initialQuantile must be in (0, 1), was " + initialQuantile);
        }
        if (!(risk > 0 && risk < 1 - initialQuantile)) {
            throw new IllegalArgumentException("risk must be in (0, 1 - initialQuantile = " + (1 - initialQuantile)
                    + "), was " + risk);
        }
        if (method == null) {
            throw new IllegalArgumentException("method is required");
        }
    }

    @JsonCreator
    static PotParams fromJson(
            @JsonProperty("initialQuantile") Double initialQuantile,
            @JsonProperty("risk") Double risk,
            @JsonProperty("method") GpdMethod method) {
        return new PotParams(
                initialQuantile == null ? DEFAULTS.initialQuantile : initialQuantile,
                risk == null ? DEFAULTS.risk : risk,
                method == null ? DEFAULTS.method : method);
    }
}
