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
        return smooth(x, SelectedPercentiles.hasNegativeZero(x), pool, at, width);
    }

    /** As above, told whether {@code x} holds {@code -0.0} by a caller that smooths it several times. */
    static double[] smooth(double[] x, boolean hasNegativeZero, int[] pool, int[] at, int width) {
        if (hasNegativeZero) {
            return smoothBySorting(x, pool, at, width);
        }
        if (width <= 5 && pool.length >= width) {
            return smoothNarrow(x, pool, at, width);
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

    /**
     * Widths 1, 3 and 5 over a pool at least that long, where every window holds exactly
     * {@code width} values: the median of an odd count is one of them, found by a fixed network of
     * compare-exchanges (for five, N. Devillard's {@code opt_med5}) instead of a sorted buffer. The
     * values are finite and hold no {@code -0.0}, so the network picks the same double a sort would.
     */
    private static double[] smoothNarrow(double[] x, int[] pool, int[] at, int width) {
        int half = width / 2;
        double[] out = new double[at.length];
        int last = pool.length - width;
        if (width == 5 && pool[pool.length - 1] - pool[0] == pool.length - 1) {
            // a pool without gaps (ascending indices, so consecutive): read x directly
            int first = pool[0];
            for (int a = 0; a < at.length; a++) {
                int from = first + Math.max(0, Math.min(at[a] - first - half, last));
                out[a] = median5(x[from], x[from + 1], x[from + 2], x[from + 3], x[from + 4]);
            }
            return out;
        }
        int p = 0;
        for (int a = 0; a < at.length; a++) {
            while (pool[p] != at[a]) {
                p++;
            }
            int from = Math.max(0, Math.min(p - half, last));
            out[a] = switch (width) {
                case 1 -> x[pool[from]];
                case 3 -> median3(x[pool[from]], x[pool[from + 1]], x[pool[from + 2]]);
                default -> median5(x[pool[from]], x[pool[from + 1]], x[pool[from + 2]], x[pool[from + 3]],
                        x[pool[from + 4]]);
            };
        }
        return out;
    }

    /**
     * Math.min and max compile to branch-free instructions: a compare-and-swap branch on noisy
     * values is mispredicted half the time. Without NaN or {@code -0.0} they pick what a sort would.
     */
    static double median3(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    static double median5(double p0, double p1, double p2, double p3, double p4) {
        double a0 = Math.min(p0, p1);
        double a1 = Math.max(p0, p1);
        double a3 = Math.min(p3, p4);
        double a4 = Math.max(p3, p4);
        double b3 = Math.max(a0, a3); // the min of (a0, a3) is the smallest of the five: dropped
        double b1 = Math.min(a1, a4); // the max of (a1, a4) is the largest: dropped
        double c1 = Math.min(b1, p2);
        double c2 = Math.max(b1, p2);
        double d2 = Math.min(c2, b3); // the max of (c2, b3) is above the median: dropped
        return Math.max(c1, d2);
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
