package io.faultline.datasets.sim;

import java.util.Random;

/**
 * The simulator's only source of randomness, seeded. Every method consumes the same number of draws whatever
 * its arguments, so a run with a fault draws exactly the same numbers as the same seed without one, and the
 * two runs agree until the fault starts. {@code java.util.Random} is used because its sequence is fixed by
 * its specification, and the models use {@link StrictMath}, so outputs stay the same across JDKs and
 * platforms.
 */
final class NoiseSource {
    /** Below this mean a Poisson count is drawn exactly, by inversion; above, by its normal approximation. */
    private static final double EXACT_POISSON_BELOW = 60.0;

    private final Random random;
    private final double scale;

    NoiseSource(long seed, double scale) {
        this.random = new Random(seed);
        this.scale = scale;
    }

    /** The multiplier on every noise source. */
    double scale() {
        return scale;
    }

    /** A standard normal draw times the noise scale. */
    double gaussian() {
        return random.nextGaussian() * scale;
    }

    /** A uniform draw in [0, 1), not scaled (used for phases, which noiseScale must not collapse). */
    double uniform() {
        return random.nextDouble();
    }

    /** A multiplicative factor with median 1: {@code exp(sigma * z)}, z scaled. */
    double lognormalFactor(double sigma) {
        return StrictMath.exp(sigma * gaussian());
    }

    /**
     * A Poisson count with the given mean, its deviation from the mean multiplied by the noise scale
     * (so scale 0 returns the mean itself).
     */
    double count(double mean) {
        double u = random.nextDouble();
        double z = random.nextGaussian();
        if (!(mean > 0)) {
            return 0;
        }
        double k;
        if (mean < EXACT_POISSON_BELOW) {
            k = poissonInverse(mean, u);
        } else {
            k = Math.max(0, Math.rint(mean + Math.sqrt(mean) * z));
        }
        return Math.max(0, mean + scale * (k - mean));
    }

    private static double poissonInverse(double mean, double u) {
        double p = StrictMath.exp(-mean);
        double cumulative = p;
        int k = 0;
        while (u > cumulative && k < 10_000) {
            k++;
            p *= mean / k;
            cumulative += p;
            if (p < 1e-300 && k > mean) {
                break; // the remaining tail is below double precision
            }
        }
        return k;
    }
}
