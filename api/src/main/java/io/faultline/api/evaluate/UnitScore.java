package io.faultline.api.evaluate;

/**
 * Maps a detector's score (0 = normal, unbounded above) into NAB's [0, 1]: {@code u = L / (1 + L)}
 * with {@code L = ln(1 + s)}. The map is strictly increasing, so NAB's threshold sweep, which only
 * compares scores, ranks rows exactly as the raw scores would.
 *
 * <p>Why not the plainer {@code s / (1 + s)}: near 1 a double has a resolution of about 1e-16, so that
 * map can tell raw scores apart only to a relative {@code s * 1e-16}: at s = 1e14 (which detectors
 * with a tiny scale floor do produce on NAB's flat stretches) scores 1% apart become equal, and above
 * 1e16 all become 1, which changes the sweep. Taking the logarithm first keeps a relative resolution
 * of about 1e-13 up to the largest double and never reaches 1 (at most 709.8 / 710.8).
 */
public final class UnitScore {
    /** How the JSON summary names the map. */
    public static final String NAME = "ln(1+s)/(1+ln(1+s))";

    private UnitScore() {
    }

    /**
     * @throws IllegalArgumentException for a negative or NaN score, which breaks the detector contract
     */
    public static double of(double score) {
        if (!(score >= 0)) {
            throw new IllegalArgumentException("score must be >= 0, was " + score);
        }
        if (score == Double.POSITIVE_INFINITY) {
            return 1.0;
        }
        double l = Math.log1p(score);
        return l / (1 + l);
    }

    /** The raw score of a mapped one, the inverse: {@code exp(u / (1 - u)) - 1}. */
    public static double raw(double unit) {
        return unit >= 1 ? Double.POSITIVE_INFINITY : Math.expm1(unit / (1 - unit));
    }
}
