package io.faultline.rca.rank;

/**
 * Commons Math 3.6.1's default percentile estimate ({@code Percentile.EstimationType.LEGACY}, which
 * {@code new Median()} and {@code new Percentile()} use) read by index from values already sorted,
 * so that one sort serves the median, the tails and the MAD of a series instead of a fresh copy and
 * selection for each. The arithmetic is the library's, operation for operation, so results are the
 * same doubles: for a percentile p in (0, 100] of n values, {@code pos = (p / 100) (n + 1)} (0 for
 * p / 100 = 0, n for 1); below 1 the smallest value, from n on the largest, else
 * {@code lower + (pos - floor pos) (upper - lower)} with lower and upper the values of 1-based rank
 * {@code floor pos} and {@code floor pos + 1}.
 *
 * <p>Equal only for arrays without {@code -0.0}: the library's selection treats {@code -0.0} and
 * {@code 0.0} as equal and may return either, while {@link java.util.Arrays#sort(double[])} puts
 * {@code -0.0} first; callers check {@link #hasNegativeZero} and fall back to the library.
 */
final class SortedPercentiles {
    private static final long NEGATIVE_ZERO_BITS = Double.doubleToRawLongBits(-0.0);

    private SortedPercentiles() {
    }

    /** The LEGACY estimate of {@code percentile} (in (0, 100]) of the first {@code n} sorted values; NaN for none. */
    static double percentile(double[] sorted, int n, double percentile) {
        if (n == 0) {
            return Double.NaN;
        }
        double p = percentile / 100d;
        double pos = Double.compare(p, 0d) == 0 ? 0 : Double.compare(p, 1d) == 0 ? n : p * (n + 1);
        double floor = Math.floor(pos);
        int intPos = (int) floor;
        double dif = pos - floor;
        if (pos < 1) {
            return sorted[0];
        }
        if (pos >= n) {
            return sorted[n - 1];
        }
        double lower = sorted[intPos - 1];
        double upper = sorted[intPos];
        return lower + dif * (upper - lower);
    }

    /** The LEGACY median of the sorted values, as {@code new Median().evaluate(values)} gives it. */
    static double median(double[] sorted) {
        return percentile(sorted, sorted.length, 50.0);
    }

    /**
     * The LEGACY median of {@code |v - median|} over the sorted values, without sorting the
     * distances: read downwards from the median and upwards from it, the distances are two
     * ascending runs (a correctly rounded subtraction is monotonic), which one merge orders.
     */
    static double medianAbsoluteDeviation(double[] sorted, double median) {
        int n = sorted.length;
        double[] distances = new double[n];
        int split = 0;
        while (split < n && sorted[split] < median) {
            split++;
        }
        int below = split - 1;
        int above = split;
        for (int k = 0; k < n; k++) {
            if (above >= n || below >= 0 && Math.abs(sorted[below] - median) <= Math.abs(sorted[above] - median)) {
                distances[k] = Math.abs(sorted[below--] - median);
            } else {
                distances[k] = Math.abs(sorted[above++] - median);
            }
        }
        return percentile(distances, n, 50.0);
    }

    /** Whether any of the values is {@code -0.0}, where sorting and the library's selection may disagree. */
    static boolean hasNegativeZero(double[] values) {
        for (double v : values) {
            if (Double.doubleToRawLongBits(v) == NEGATIVE_ZERO_BITS) {
                return true;
            }
        }
        return false;
    }
}
