package io.faultline.ingest.format;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.Arrays;

/**
 * Samples put in time order, on primitive arrays: a stable bottom-up merge sort of their positions, so that
 * sorting a million samples allocates two int arrays and no boxed values, and the one pass that keeps a
 * single sample per timestamp. Public for the remote_write and OTLP decoders.
 */
public final class TimeOrder {
    /** Told of a sample left out because an earlier one in arrival order has its timestamp. */
    @FunctionalInterface
    public interface Repeat {
        /** {@code kept} and {@code later} are positions in the input; may throw to refuse the input. */
        void repeat(int kept, int later);
    }

    private TimeOrder() {
    }

    /**
     * The first {@code size} samples of {@code ts}/{@code vs} in strictly increasing time order, in new
     * arrays: stably sorted, and at a timestamp seen again the first in arrival order kept, each one left out
     * told to {@code onRepeat}.
     */
    public static SeriesSamples sortedUnique(SeriesKey key, long[] ts, double[] vs, int size, Repeat onRepeat) {
        if (isStrictlyIncreasing(ts, size)) {
            return new SeriesSamples(key, Arrays.copyOf(ts, size), Arrays.copyOf(vs, size));
        }
        long[] sortedTs = new long[size];
        double[] sortedVs = new double[size];
        int n = 0;
        int kept = -1;
        for (int i : sortedIndexes(ts, size)) {
            if (n > 0 && sortedTs[n - 1] == ts[i]) {
                onRepeat.repeat(kept, i);
                continue;
            }
            sortedTs[n] = ts[i];
            sortedVs[n] = vs[i];
            n++;
            kept = i;
        }
        return new SeriesSamples(key, Arrays.copyOf(sortedTs, n), Arrays.copyOf(sortedVs, n));
    }

    /** True when the first {@code size} timestamps rise strictly: nothing to sort or drop. */
    public static boolean isStrictlyIncreasing(long[] ts, int size) {
        for (int i = 1; i < size; i++) {
            if (ts[i] <= ts[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** Positions {@code 0..size-1} ordered by {@code timestamps[i]}, ties kept in arrival order. */
    public static int[] sortedIndexes(long[] timestamps, int size) {
        int[] a = new int[size];
        for (int i = 0; i < size; i++) {
            a[i] = i;
        }
        int[] b = new int[size];
        for (int width = 1; width < size; width *= 2) {
            for (int lo = 0; lo < size; lo += 2 * width) {
                int mid = Math.min(lo + width, size);
                int hi = Math.min(lo + 2 * width, size);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    if (i < mid && (j >= hi || timestamps[a[i]] <= timestamps[a[j]])) {
                        b[k] = a[i++];
                    } else {
                        b[k] = a[j++];
                    }
                }
            }
            int[] swap = a;
            a = b;
            b = swap;
        }
        return a;
    }
}
