package io.faultline.datasets.nab;

import java.util.List;

/**
 * A NAB application profile: the weights of {@code config/profiles.json}'s {@code CostMatrix}. The
 * weights are magnitudes as NAB stores them; the paper's costs are A_TP = +tpWeight,
 * A_FP = -fpWeight, A_FN = -fnWeight. NAB's scoring never uses {@code tnWeight} (a true negative
 * scores 0); it is kept so that a profile file reads back unchanged.
 *
 * <p>The three standard profiles are constants, checked against NAB v1.1's {@code profiles.json}, so
 * that scoring works without the benchmark folder.
 */
public record NabCostProfile(String name, double tpWeight, double fpWeight, double fnWeight, double tnWeight) {
    /** A_TP 1, A_FP -0.11, A_FN -1. */
    public static final NabCostProfile STANDARD = new NabCostProfile("standard", 1.0, 0.11, 1.0, 1.0);
    /** A_TP 1, A_FP -0.22, A_FN -1. */
    public static final NabCostProfile REWARD_LOW_FP_RATE = new NabCostProfile("reward_low_FP_rate", 1.0, 0.22, 1.0, 1.0);
    /** A_TP 1, A_FP -0.11, A_FN -2. */
    public static final NabCostProfile REWARD_LOW_FN_RATE = new NabCostProfile("reward_low_FN_rate", 1.0, 0.11, 2.0, 1.0);

    public NabCostProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("profile name must not be blank");
        }
        requireWeight(name, "tpWeight", tpWeight);
        requireWeight(name, "fpWeight", fpWeight);
        requireWeight(name, "fnWeight", fnWeight);
        requireWeight(name, "tnWeight", tnWeight);
    }

    /** The three profiles NAB reports, in the order of its score tables. */
    public static List<NabCostProfile> standardProfiles() {
        return List.of(STANDARD, REWARD_LOW_FP_RATE, REWARD_LOW_FN_RATE);
    }

    private static void requireWeight(String profile, String field, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("profile '" + profile + "': " + field
                    + " must be a finite number >= 0, was " + value);
        }
    }
}
