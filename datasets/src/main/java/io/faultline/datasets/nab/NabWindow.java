package io.faultline.datasets.nab;

import java.util.List;

/**
 * One labelled anomaly window of a NAB file: both ends are timestamps of the file's rows and both
 * are inside the window (NAB's {@code [start, end]} pairs of {@code combined_windows.json}).
 */
public record NabWindow(long startMs, long endMs) {
    public NabWindow {
        if (endMs < startMs) {
            throw new IllegalArgumentException("window end must not precede its start, was ["
                    + NabTimestamps.format(startMs) + ", " + NabTimestamps.format(endMs) + "]");
        }
    }

    /** Whether a timestamp lies in the window, ends included (how NAB labels a row). */
    public boolean contains(long timestampMs) {
        return timestampMs >= startMs && timestampMs <= endMs;
    }

    /**
     * NAB's per-row label: 1 when the row's timestamp lies in any window, else 0. Labels go by time,
     * as NAB's labeller does, so a row whose clock steps back into a window is labelled 1.
     */
    public static int[] labels(long[] timestampsMs, List<NabWindow> windows) {
        int[] labels = new int[timestampsMs.length];
        for (int i = 0; i < timestampsMs.length; i++) {
            for (NabWindow w : windows) {
                if (w.contains(timestampsMs[i])) {
                    labels[i] = 1;
                    break;
                }
            }
        }
        return labels;
    }

    /**
     * Checks that windows fit a series the way NAB's scorer needs: in order, not overlapping, and
     * each end equal to the timestamp of some row.
     *
     * @throws IllegalArgumentException naming the first window that does not fit
     */
    public static void requireAligned(List<NabWindow> windows, long[] timestampsMs) {
        for (int k = 0; k < windows.size(); k++) {
            NabWindow w = windows.get(k);
            if (k > 0 && w.startMs <= windows.get(k - 1).endMs) {
                throw new IllegalArgumentException("window " + k + " " + w + " starts before window " + (k - 1)
                        + " " + windows.get(k - 1) + " ends: windows must be in order and must not overlap");
            }
            if (indexOf(timestampsMs, w.startMs) < 0) {
                throw new IllegalArgumentException("window " + k + " " + w + ": its start is not the timestamp of any row");
            }
            if (indexOf(timestampsMs, w.endMs) < 0) {
                throw new IllegalArgumentException("window " + k + " " + w + ": its end is not the timestamp of any row");
            }
        }
    }

    /** Index of the first row with this timestamp, or -1 (Python's {@code list.index}, which NAB uses). */
    public static int indexOf(long[] timestampsMs, long timestampMs) {
        for (int i = 0; i < timestampsMs.length; i++) {
            if (timestampsMs[i] == timestampMs) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "[" + NabTimestamps.format(startMs) + ", " + NabTimestamps.format(endMs) + "]";
    }
}
