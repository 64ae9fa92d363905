package io.faultline.features.stats;

import java.util.Arrays;

/**
 * The median and MAD of the last {@code window} values, approximated from blocks: the window is cut
 * into blocks of {@code blockSize} consecutive values, and only each finished block's median and
 * spread (the median of its values' distances from the window's median when the block closed) are
 * kept, as floats. The location is the median of the block medians and the spread 1.4826 times the
 * median of the block spreads; the current, unfinished block waits in a small buffer. This is the
 * remedian idea of Rousseeuw &amp; Bassett ("The remedian: a robust averaging method for large data
 * sets", JASA 85(409), 1990) over a sliding window: a window of 240 values costs 76 floats instead of
 * 240 doubles held three times, and, like the rolling median, the estimate ignores anomalies until
 * they fill half the blocks.
 *
 * <p>Each block also keeps its most frequent value and how often it occurs. When one value holds more
 * than half the covered values (an error ratio that is mostly 0, a gauge that rarely moves), it is the
 * window's median and the window's MAD is 0, whatever the blocks' medians and spreads say (on such a
 * series they flip between 0 and a fraction of the smallest step, which made every rare non-zero value
 * an anomaly); the location is then that value and the spread falls back to the exponentially
 * weighted standard deviation (span {@code window}), as Iglewicz &amp; Hoaglin ("How to Detect and
 * Handle Outliers", ASQC 1993) advise for a vanishing MAD. The estimates change only when a block closes. Non-finite values are refused. Not thread-safe.
 */
public final class BlockMedianWindow {
    private final int blockSize;
    private final int blocks;
    // [0, B): block medians (a ring of B blocks); [B, 2B): block spreads; [2B, 3B): each block's most
    // frequent value; [3B, 4B): how often it occurs in its block; then the open block
    private final float[] data;
    private int filled;
    private int next;
    private int open;
    private long count;
    private double location = Double.NaN;
    private double spread = Double.NaN;
    private double mean;
    private double variance;

    /** @param window how many recent values the estimates cover, >= 1; blocks of max(1, min(16, window / 8)) */
    public BlockMedianWindow(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, was " + window);
        }
        this.blockSize = Math.max(1, Math.min(16, window / 8));
        this.blocks = (window + blockSize - 1) / blockSize;
        this.data = new float[4 * blocks + blockSize];
    }

    /**
     * Everything the window holds, to save and restore it.
     *
     * @param data   the block medians, spreads, modes, mode counts and open block, as
     *               {@link BlockMedianWindow} lays them out
     * @param filled finished blocks held, {@code next} the ring position of the next one, {@code open} values
     *               in the open block, {@code count} values added
     */
    public record Snapshot(float[] data, int filled, int next, int open, long count, double mean, double variance) {
        public Snapshot {
            data = data.clone();
            if (filled < 0 || next < 0 || open < 0 || count < 0) {
                throw new IllegalArgumentException("snapshot positions must be >= 0, were " + filled + ", " + next + ", "
                        + open + ", " + count);
            }
        }

        @Override
        public float[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Snapshot s && Arrays.equals(data, s.data) && filled == s.filled && next == s.next
                    && open == s.open && count == s.count && Double.compare(mean, s.mean) == 0
                    && Double.compare(variance, s.variance) == 0;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(data) * 31 + Long.hashCode(count);
        }

        @Override
        public String toString() {
            return "Snapshot[" + filled + " blocks, " + open + " open values, count=" + count + "]";
        }
    }

    /** Continues from a {@link #snapshot()} of a window of the same size. */
    public BlockMedianWindow(int window, Snapshot from) {
        this(window);
        if (from.data().length != data.length || from.filled() > blocks || from.next() >= blocks
                || from.open() >= blockSize) {
            throw new IllegalArgumentException("snapshot does not fit a window of " + window + " (" + blocks
                    + " blocks of " + blockSize + ")");
        }
        System.arraycopy(from.data(), 0, data, 0, data.length);
        filled = from.filled();
        next = from.next();
        open = from.open();
        count = from.count();
        mean = from.mean();
        variance = from.variance();
        if (filled > 0) {
            estimate();
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(data, filled, next, open, count, mean, variance);
    }

    /** Values in finished blocks, which the estimates cover (at most the window). */
    public int coveredValues() {
        return filled * blockSize;
    }

    /** Values added so far. */
    public long count() {
        return count;
    }

    /** The median of the finished blocks' medians, NaN before the first block is finished. */
    public double location() {
        return location;
    }

    /** 1.4826 x the median block spread, or the weighted standard deviation when that is 0; NaN before the first block. */
    public double spread() {
        return spread;
    }

    /** Adds a finite value. O(1), and O(b log b + B log B) when it closes a block (b values, B blocks). */
    public void add(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("value must be finite, was " + x);
        }
        count++;
        double alpha = Math.max(2.0 / (blocks * blockSize + 1.0), 1.0 / count);
        double d = x - mean;
        mean += alpha * d;
        variance = (1 - alpha) * (variance + alpha * d * d);
        data[4 * blocks + open++] = (float) x;
        if (open < blockSize) {
            return;
        }
        float[] block = Arrays.copyOfRange(data, 4 * blocks, 4 * blocks + blockSize);
        Arrays.sort(block);
        double median = median(block, blockSize);
        int modeAt = 0;
        int modeCount = 0;
        for (int i = 0, run = 1; i < blockSize; i++, run++) {
            if (i + 1 == blockSize || block[i + 1] != block[i]) {
                if (run > modeCount) {
                    modeCount = run;
                    modeAt = i;
                }
                run = 0;
            }
        }
        data[2 * blocks + next] = block[modeAt];
        data[3 * blocks + next] = modeCount;
        double reference = filled > 0 ? location : median;
        for (int i = 0; i < blockSize; i++) {
            block[i] = (float) Math.abs(block[i] - reference);
        }
        Arrays.sort(block);
        data[next] = (float) median;
        data[blocks + next] = (float) median(block, blockSize);
        next = (next + 1) % blocks;
        filled = Math.min(blocks, filled + 1);
        open = 0;
        estimate();
    }

    private void estimate() {
        float mass = massPoint();
        if (!Float.isNaN(mass)) {
            location = mass;
            spread = Math.sqrt(variance);
            return;
        }
        float[] medians = new float[filled];
        float[] spreads = new float[filled];
        for (int i = 0; i < filled; i++) {
            medians[i] = data[i];
            spreads[i] = data[blocks + i];
        }
        Arrays.sort(medians);
        Arrays.sort(spreads);
        location = median(medians, filled);
        double mad = median(spreads, filled);
        spread = mad > 0 ? RobustScale.MAD_TO_SIGMA * mad : Math.sqrt(variance);
    }

    /** The value that holds more than half the covered values, counted from the blocks' modes; NaN when none does. */
    private float massPoint() {
        for (int i = 0; i < filled; i++) {
            float mode = data[2 * blocks + i];
            int count = 0;
            for (int j = 0; j < filled; j++) {
                count += data[2 * blocks + j] == mode ? (int) data[3 * blocks + j] : 0;
            }
            if (2 * count > filled * blockSize) {
                return mode;
            }
        }
        return Float.NaN;
    }

    private static double median(float[] sorted, int n) {
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * ((double) sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
