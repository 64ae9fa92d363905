package io.faultline.models.bocpd;

import org.apache.commons.math3.special.Erf;

/**
 * Expresses a two-sided tail probability p as the standard-normal z with P(|Z| &gt; z) = p, so that a
 * threshold reads in familiar sigmas whatever the predictive distribution was.
 */
final class TailZScore {
    /** Below this, erfcInv loses its accuracy (1 - p rounds to 1); the asymptotic series takes over. */
    private static final double ASYMPTOTIC_BELOW = 1e-15;

    private TailZScore() {
    }

    static double of(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1], was " + p);
        }
        double clamped = Math.max(p, Double.MIN_NORMAL);
        if (clamped >= ASYMPTOTIC_BELOW) {
            return Math.sqrt(2) * Erf.erfcInv(clamped);
        }
        // P(|Z| > z) ~ 2 phi(z) / z (Abramowitz and Stegun 26.2.12): z^2 = -2 ln(p/2) - 2 ln z - ln(2 pi),
        // solved by fixed-point iteration; at p = 1e-15 it is within 0.02 of the exact z.
        double base = -2 * Math.log(clamped / 2) - Math.log(2 * Math.PI);
        double z = Math.sqrt(base);
        for (int i = 0; i < 4; i++) {
            z = Math.sqrt(base - 2 * Math.log(z));
        }
        return z;
    }
}
