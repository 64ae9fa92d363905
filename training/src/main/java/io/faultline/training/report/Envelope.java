package io.faultline.training.report;

import java.util.Arrays;

/**
 * A series thinned for drawing: the rows kept and their values, in row order. A series longer than
 * twice the bucket count keeps, per bucket of consecutive rows, its lowest and highest finite value
 * (in the order they occur), so spikes and dips survive at any zoom; a shorter one keeps every finite
 * row. Non-finite values are never kept.
 */
public record Envelope(int[] rows, double[] values) {
    public Envelope {
        if (rows.length != values.length) {
            throw new IllegalArgumentException("rows and values differ in length: " + rows.length + " vs " + values.length);
        }
    }

    /** The min/max envelope of {@code values} over {@code buckets} equal runs of rows. */
    public static Envelope of(double[] values, int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets must be >= 1, was " + buckets);
        }
        int n = values.length;
        int[] rows = new int[Math.min(n, 2 * buckets)];
        double[] kept = new double[rows.length];
        int k = 0;
        if (n <= 2 * buckets) {
            for (int i = 0; i < n; i++) {
                if (Double.isFinite(values[i])) {
                    rows[k] = i;
                    kept[k++] = values[i];
                }
            }
            return new Envelope(Arrays.copyOf(rows, k), Arrays.copyOf(kept, k));
        }
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * n / buckets);
            int to = (int) ((long) (b + 1) * n / buckets);
            int lo = -1;
            int hi = -1;
            for (int i = from; i < to; i++) {
                if (!Double.isFinite(values[i])) {
                    continue;
                }
                if (lo < 0 || values[i] < values[lo]) {
                    lo = i;
                }
                if (hi < 0 || values[i] > values[hi]) {
                    hi = i;
                }
            }
            if (lo < 0) {
                continue;
            }
            int first = Math.min(lo, hi);
            int second = Math.max(lo, hi);
            rows[k] = first;
            kept[k++] = values[first];
            if (second != first) {
                rows[k] = second;
                kept[k++] = values[second];
            }
        }
        return new Envelope(Arrays.copyOf(rows, k), Arrays.copyOf(kept, k));
    }

    public int size() {
        return rows.length;
    }
}
