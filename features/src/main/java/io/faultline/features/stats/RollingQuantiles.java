package io.faultline.features.stats;

import io.faultline.features.window.DoubleRingBuffer;

/**
 * Quantiles, median and median absolute deviation (MAD) of the last {@code capacity} values.
 * The window is kept twice: in arrival order (to know what to evict) and in one sorted array
 * (to select by rank), so it costs 16 bytes a value of capacity.
 *
 * <p>Costs, n being the window size: {@link #add} O(log n) comparisons and an O(n) shift of the
 * array (a memory move, cheap at the few hundred values of a window); {@link #quantile} and
 * {@link #median} O(1); {@link #medianAbsoluteDeviation} O(log n), because it selects the middle of the distances |x - median| without materialising them: the
 * values below the median, read downwards, and those at or above it, read upwards, are two
 * sorted sequences of distances, and the k-th smallest of two sorted sequences is found by
 * binary search on how many come from the first (each probe is two O(1) selections).
 *
 * <p>Quantiles interpolate linearly between order statistics (Hyndman &amp; Fan, "Sample quantiles
 * in statistical packages", The American Statistician 50(4), 1996, definition 7, the default of R
 * and NumPy): for q in [0, 1], h = (n - 1) q and the result is x[floor h] + (h - floor h)
 * (x[floor h + 1] - x[floor h]). The median is the q = 0.5 quantile, and the MAD is the median,
 * by the same rule, of |x - median| (Hampel 1974; Rousseeuw &amp; Croux, "Alternatives to the median
 * absolute deviation", JASA 88(424), 1993). It is returned unscaled; see {@link RobustScale} for
 * the consistency factor. Queries on an empty window return NaN. Not thread-safe.
 */
public final class RollingQuantiles {
    private final DoubleRingBuffer window;
    private final SortedDoubles sorted;

    public RollingQuantiles(int capacity) {
        this.window = new DoubleRingBuffer(capacity);
        this.sorted = new SortedDoubles(capacity);
    }

    /** Adds a finite value, evicting the oldest one when the window is full. O(log n). */
    public void add(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, was " + value);
        }
        if (window.isFull()) {
            sorted.remove(window.oldest());
        }
        window.add(value);
        sorted.add(value);
    }

    public int size() {
        return window.size();
    }

    public int capacity() {
        return window.capacity();
    }

    public boolean isFull() {
        return window.isFull();
    }

    /** The window's values, oldest first. O(n). */
    public double[] values() {
        return window.toArray();
    }

    /** The q-quantile (Hyndman-Fan definition 7), NaN when empty. O(1). */
    public double quantile(double q) {
        if (!(q >= 0.0 && q <= 1.0)) {
            throw new IllegalArgumentException("quantile must be in [0, 1], was " + q);
        }
        int n = sorted.size();
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * q;
        int lower = (int) Math.floor(h);
        double fraction = h - lower;
        double low = sorted.select(lower);
        return fraction == 0.0 ? low : interpolate(low, sorted.select(lower + 1), fraction);
    }

    /** The median, NaN when empty. O(1). */
    public double median() {
        return quantile(0.5);
    }

    /** The unscaled median absolute deviation from the median, NaN when empty. O(log n). */
    public double medianAbsoluteDeviation() {
        int n = sorted.size();
        if (n == 0) {
            return Double.NaN;
        }
        double median = median();
        int below = sorted.countLess(median);
        int middle = (n - 1) / 2;
        double low = smallestDistance(middle, median, below);
        return n % 2 == 1 ? low : interpolate(low, smallestDistance(middle + 1, median, below), 0.5);
    }

    /**
     * The k-th smallest (0-based) of |x - median| over the window. The {@code below} values under
     * the median give the ascending distances {@code median - x[below - 1 - i]}; the others give
     * {@code x[below + j] - median}. Binary search for i, the number taken from the first run,
     * such that the k + 1 smallest are its first i and the other run's first k + 1 - i.
     */
    private double smallestDistance(int k, double median, int below) {
        int above = sorted.size() - below;
        int lo = Math.max(0, k + 1 - above);
        int hi = Math.min(below, k + 1);
        while (lo < hi) {
            int i = (lo + hi) >>> 1;
            if (distanceBelow(i, median, below) < distanceAbove(k - i, median, below)) {
                lo = i + 1;
            } else {
                hi = i;
            }
        }
        int fromAbove = k + 1 - lo;
        double lastBelow = lo > 0 ? distanceBelow(lo - 1, median, below) : 0.0;
        double lastAbove = fromAbove > 0 ? distanceAbove(fromAbove - 1, median, below) : 0.0;
        return Math.max(lastBelow, lastAbove);
    }

    private double distanceBelow(int i, double median, int below) {
        return median - sorted.select(below - 1 - i);
    }

    private double distanceAbove(int j, double median, int below) {
        return sorted.select(below + j) - median;
    }

    private static double interpolate(double low, double high, double fraction) {
        return low + fraction * (high - low);
    }
}
