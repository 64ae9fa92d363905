package io.faultline.models.artime;

import java.util.Arrays;

/** The last {@code length} values, starting full of one value; oldest dropped first. Not thread-safe. */
final class SlidingWindow {
    private final double[] values;
    private int next;

    SlidingWindow(int length, double initial) {
        this.values = new double[length];
        Arrays.fill(values, initial);
    }

    void add(double value) {
        values[next] = value;
        next = (next + 1) % values.length;
    }

    double min() {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** The mean of the values above {@code threshold}, each capped at {@code cap}; 0 when there are none. */
    double meanAbove(double threshold, double cap) {
        double sum = 0;
        int count = 0;
        for (int k = 0; k < values.length; k++) {
            double v = values[(next + k) % values.length];
            if (v > threshold) {
                sum += Math.min(cap, v);
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }
}
