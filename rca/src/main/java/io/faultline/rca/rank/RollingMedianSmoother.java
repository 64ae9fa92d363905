package io.faultline.rca.rank;

import java.util.Arrays;

/**
 * The centred rolling median that {@link DeviationMeasure} smooths with. The window slides over the
 * pool, so it is kept as one sorted buffer that loses the values leaving it and gains those
 * entering (O(width) a step) rather than copied and sorted afresh at every point (O(width log
 * width)). The buffer holds exactly the values a fresh sort would, so the medians are the same
 * doubles, except that a sort puts {@code -0.0} before {@code 0.0} where the buffer may not: a
 * series holding {@code -0.0} is smoothed by sorting every window, as before.
 */
final class RollingMedianSmoother {
    private RollingMedianSmoother() {
    }

    /**
     * The rolling median of width {@code width} at each of {@code at}, taken over the neighbours
     * that are in {@code pool} (indices in time order, {@code at} a subsequence of them): centred
     * where it fits, else the first or last {@code width} of the pool.
     */
    static double[] smooth(double[] x, int[] pool, int[] at, int width) {
        if (SelectedPercentiles.hasNegativeZero(x)) {
            return smoothBySorting(x, pool, at, width);
        }
        int half = width / 2;
        double[] out = new double[at.length];
        double[] buf = new double[width];
        int n = 0;
        int heldFrom = 0;
        int heldTo = -1;
        int p = 0;
        for (int a = 0; a < at.length; a++) {
            while (pool[p] != at[a]) {
                p++;
            }
            // At the ends the window slides inwards rather than shrinking, so every smoothed point
            // is a median of the same number of samples and equally noisy.
            int from = Math.max(0, Math.min(p - half, pool.length - width));
            int to = Math.min(pool.length - 1, from + width - 1);
            if (n == 0 || from > heldTo) {
                n = 0;
                for (int q = from; q <= to; q++) {
                    buf[n++] = x[pool[q]];
                }
                Arrays.sort(buf, 0, n);
            } else {
                // from and to only grow as p does, so the window moves forwards.
                for (int q = heldFrom; q < from; q++) {
                    n = remove(buf, n, x[pool[q]]);
                }
                for (int q = heldTo + 1; q <= to; q++) {
                    n = insert(buf, n, x[pool[q]]);
                }
            }
            heldFrom = from;
            heldTo = to;
            out[a] = n % 2 == 1 ? buf[n / 2] : (buf[n / 2 - 1] + buf[n / 2]) / 2;
        }
        return out;
    }

    private static int insert(double[] buf, int n, double v) {
        int at = n;
        while (at > 0 && buf[at - 1] > v) {
            buf[at] = buf[at - 1];
            at--;
        }
        buf[at] = v;
        return n + 1;
    }

    private static int remove(double[] buf, int n, double v) {
        int at = 0;
        while (buf[at] != v) {
            at++;
        }
        System.arraycopy(buf, at + 1, buf, at, n - at - 1);
        return n - 1;
    }

    /** The same medians by sorting a copy of every window. */
    static double[] smoothBySorting(double[] x, int[] pool, int[] at, int width) {
        int half = width / 2;
        double[] out = new double[at.length];
        double[] buf = new double[width];
        int p = 0;
        for (int a = 0; a < at.length; a++) {
            while (pool[p] != at[a]) {
                p++;
            }
            int from = Math.max(0, Math.min(p - half, pool.length - width));
            int to = Math.min(pool.length - 1, from + width - 1);
            int n = 0;
            for (int q = from; q <= to; q++) {
                buf[n++] = x[pool[q]];
            }
            Arrays.sort(buf, 0, n);
            out[a] = n % 2 == 1 ? buf[n / 2] : (buf[n / 2 - 1] + buf[n / 2]) / 2;
        }
        return out;
    }
}
