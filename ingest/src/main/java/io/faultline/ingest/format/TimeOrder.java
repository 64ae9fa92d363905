package io.faultline.ingest.format;

/**
 * A stable sort of sample positions by timestamp, on primitive arrays: a bottom-up merge sort, so that
 * sorting a million samples allocates two int arrays and no boxed values. Public for the remote_write and OTLP decoders.
 */
public final class TimeOrder {
    private TimeOrder() {
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
