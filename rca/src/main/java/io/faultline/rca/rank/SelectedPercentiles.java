package io.faultline.rca.rank;

/**
 * Commons Math 3.6.1's default percentile estimate ({@code Percentile.EstimationType.LEGACY}, which
 * {@code new Median()} and {@code new Percentile()} use) of one copy of the values, on which the
 * median and the tails are selected in turn: each selection (Hoare's quickselect, as in Press et
 * al., <i>Numerical Recipes</i>, 3rd ed., section 8.5) leaves the values left of the rank no larger
 * and those right of it no smaller, so the next one only partitions the stretch between two ranks
 * already placed. One copy serves what the library does with a copy and a selection per estimate.
 *
 * <p>The arithmetic is the library's, operation for operation, so results are the same doubles: for
 * a percentile p in (0, 100] of n values, {@code pos = (p / 100) (n + 1)} (0 for p / 100 = 0, n for
 * 1); below 1 the smallest value, from n on the largest, else
 * {@code lower + (pos - floor pos) (upper - lower)}, lower and upper being the values of 1-based rank
 * {@code floor pos} and {@code floor pos + 1}. Values must be finite and hold no {@code -0.0}: the
 * library may then return either zero where this returns one (see {@link #hasNegativeZero}).
 */
final class SelectedPercentiles {
    private static final long NEGATIVE_ZERO_BITS = Double.doubleToRawLongBits(-0.0);
    /** A rank at most this many places from either end of its unplaced stretch is found by scans. */
    private static final int END_PASSES = 4;

    private final double[] a;
    /** Ranks already placed: everything left of one is no larger than it, everything right no smaller. */
    private final int[] placed = new int[16];
    private int placedCount;

    private SelectedPercentiles(double[] owned) {
        this.a = owned;
    }

    /** Over a copy of {@code values}, which are left untouched. */
    static SelectedPercentiles of(double[] values) {
        return new SelectedPercentiles(values.clone());
    }

    /** Whether any of the values is {@code -0.0}, where the library and this may pick different zeros. */
    static boolean hasNegativeZero(double[] values) {
        for (double v : values) {
            if (Double.doubleToRawLongBits(v) == NEGATIVE_ZERO_BITS) {
                return true;
            }
        }
        return false;
    }

    /** The LEGACY estimate of {@code percentile}, in (0, 100]; NaN for no values. */
    double percentile(double percentile) {
        int n = a.length;
        if (n == 0) {
            return Double.NaN;
        }
        double p = percentile / 100d;
        double pos = Double.compare(p, 0d) == 0 ? 0 : Double.compare(p, 1d) == 0 ? n : p * (n + 1);
        double floor = Math.floor(pos);
        int intPos = (int) floor;
        double dif = pos - floor;
        if (pos < 1) {
            return orderStatistic(0);
        }
        if (pos >= n) {
            return orderStatistic(n - 1);
        }
        double lower = orderStatistic(intPos - 1);
        double upper = orderStatistic(intPos);
        return lower + dif * (upper - lower);
    }

    /** As {@code new Median().evaluate(values)}. */
    double median() {
        return percentile(50.0);
    }

    /** The LEGACY median of {@code |v - median|} over the values. */
    double medianAbsoluteDeviation(double median) {
        double[] distances = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            distances[i] = Math.abs(a[i] - median);
        }
        return new SelectedPercentiles(distances).median();
    }

    /** The value of 0-based rank {@code k}. */
    private double orderStatistic(int k) {
        int lo = -1;
        int hi = a.length;
        for (int i = 0; i < placedCount; i++) {
            int r = placed[i];
            if (r == k) {
                return a[k];
            }
            if (r < k && r > lo) {
                lo = r;
            } else if (r > k && r < hi) {
                hi = r;
            }
        }
        if (k - lo <= END_PASSES) {
            // near the stretch's low end: place lo + 1 .. k by successive minima, a few predictable
            // scans instead of a quickselect's mispredicted partitions
            for (int r = lo + 1; r <= k; r++) {
                swap(r, indexOfMin(r, hi));
                place(r);
            }
        } else if (hi - k <= END_PASSES) {
            for (int r = hi - 1; r >= k; r--) {
                swap(r, indexOfMax(lo + 1, r + 1));
                place(r);
            }
        } else {
            select(lo + 1, hi - 1, k);
            place(k);
        }
        return a[k];
    }

    private void place(int rank) {
        if (placedCount < placed.length) {
            placed[placedCount++] = rank;
        }
    }

    private int indexOfMin(int from, int to) {
        int best = from;
        for (int i = from + 1; i < to; i++) {
            if (a[i] < a[best]) {
                best = i;
            }
        }
        return best;
    }

    private int indexOfMax(int from, int to) {
        int best = from;
        for (int i = from + 1; i < to; i++) {
            if (a[i] > a[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Partitions {@code a[l..r]} so that rank k holds its value, smaller left, larger right. */
    private void select(int l, int r, int k) {
        while (true) {
            if (r <= l + 1) {
                if (r == l + 1 && a[r] < a[l]) {
                    swap(l, r);
                }
                return;
            }
            // median of three of l, the middle and r as pivot, moved to l + 1; a[l] <= pivot <= a[r]
            // then stop the scans without bounds checks
            swap((l + r) >>> 1, l + 1);
            if (a[l] > a[r]) {
                swap(l, r);
            }
            if (a[l + 1] > a[r]) {
                swap(l + 1, r);
            }
            if (a[l] > a[l + 1]) {
                swap(l, l + 1);
            }
            int i = l + 1;
            int j = r;
            double pivot = a[l + 1];
            while (true) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (a[j] > pivot);
                if (j < i) {
                    break;
                }
                swap(i, j);
            }
            a[l + 1] = a[j];
            a[j] = pivot;
            if (j >= k) {
                r = j - 1;
            }
            if (j <= k) {
                l = i;
            }
        }
    }

    private void swap(int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
