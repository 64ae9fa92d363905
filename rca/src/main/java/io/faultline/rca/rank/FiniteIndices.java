package io.faultline.rca.rank;

import java.util.Arrays;

/**
 * The indices of a series' finite points whose timestamps fall in a range, in index order, for
 * {@link DeviationMeasure}, which asks for several ranges of one series. Timestamps in order (the
 * usual case) let one list of the finite indices answer every range with a slice of it; otherwise
 * every range is a scan of the whole series. Both give the same indices.
 */
final class FiniteIndices {
    private final long[] t;
    private final double[] x;
    /** The finite indices in order, when the timestamps never decrease; null when they do. */
    private final int[] finite;

    FiniteIndices(long[] t, double[] x) {
        this.t = t;
        this.x = x;
        this.finite = ordered(t) ? finite(x) : null;
    }

    /** The indices i, ascending, with {@code from <= t[i] <= to} and {@code x[i]} finite. */
    int[] between(long from, long to) {
        if (finite == null) {
            return scan(from, to);
        }
        int lo = firstAtOrAfter(from);
        int hi = to == Long.MAX_VALUE ? finite.length : firstAtOrAfter(to + 1);
        return lo >= hi ? new int[0] : Arrays.copyOfRange(finite, lo, hi);
    }

    /** The first position in {@link #finite} whose timestamp is at least {@code time}. */
    private int firstAtOrAfter(long time) {
        int lo = 0;
        int hi = finite.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[finite[mid]] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int[] scan(long from, long to) {
        int[] out = new int[t.length];
        int n = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= from && t[i] <= to && Double.isFinite(x[i])) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean ordered(long[] t) {
        for (int i = 1; i < t.length; i++) {
            if (t[i] < t[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static int[] finite(double[] x) {
        int[] out = new int[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i])) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
