package io.faultline.features.stats;

import java.util.Arrays;

/**
 * A multiset of at most {@code capacity} doubles kept in one sorted array, ordered as
 * {@link Double#compare} orders them, with -0.0 stored as 0.0 (as {@link OrderStatisticMultiset} does,
 * so equal numbers are one value). Selecting by rank is an array read; adding or removing
 * shifts the elements after the position ({@code System.arraycopy}), which for the few hundred
 * values of a rolling window is faster than rebalancing a tree and costs 8 bytes a value instead
 * of a tree node's 40 or so. Not thread-safe.
 */
final class SortedDoubles {
    private final double[] values;
    private int size;

    SortedDoubles(int capacity) {
        this.values = new double[capacity];
    }

    int size() {
        return size;
    }

    /** Adds the value; throws when the multiset is full. */
    void add(double value) {
        if (size == values.length) {
            throw new IllegalStateException("sorted window is full (" + size + " values)");
        }
        int at = countLess(value);
        System.arraycopy(values, at, values, at + 1, size - at);
        values[at] = value + 0.0;
        size++;
    }

    /** Removes one copy of the value; false when it is absent. */
    boolean remove(double value) {
        int at = Arrays.binarySearch(values, 0, size, value + 0.0);
        if (at < 0) {
            return false;
        }
        System.arraycopy(values, at + 1, values, at, size - at - 1);
        size--;
        return true;
    }

    /** The k-th smallest value, 0-based. */
    double select(int k) {
        if (k < 0 || k >= size) {
            throw new IndexOutOfBoundsException("rank " + k + " outside 0.." + (size - 1));
        }
        return values[k];
    }

    /** How many values are smaller than {@code value}. */
    int countLess(double value) {
        double v = value + 0.0;
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(values[mid], v) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
