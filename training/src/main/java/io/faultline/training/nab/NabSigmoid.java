package io.faultline.training.nab;

/**
 * NAB's scaled sigmoid (Lavin and Ahmad, ICMLA 2015, eq. 1; {@code scaledSigmoid} of
 * {@code nab/sweeper.py}): {@code 2 / (1 + e^(5y)) - 1} of a relative position y, and -1 beyond y = 3.
 * y = -1 is a window's left edge (0.98661), 0 its right edge (0), and y > 0 measures how far past the
 * preceding window a false positive lies, in window widths.
 */
public final class NabSigmoid {
    private NabSigmoid() {
    }

    public static double scaled(double relativePosition) {
        if (relativePosition > 3.0) {
            return -1.0;
        }
        // Same operations in the same order as NAB's Python, so that results agree to the last bit.
        return 2 * sigmoid(-5 * relativePosition) - 1.0;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
