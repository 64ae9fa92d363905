package io.faultline.training.smd;

import java.util.ArrayList;
import java.util.List;

/**
 * A labelled anomaly as the point labels give it: a maximal run of anomalous rows {@code [start, end)}.
 *
 * @param start first row, >= 0
 * @param end   row after the last, > start
 */
public record Segment(int start, int end) {
    public Segment {
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0, was " + start);
        }
        if (end <= start) {
            throw new IllegalArgumentException("end must be > start " + start + ", was " + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** The maximal runs of {@code true} in {@code labels}, in order. */
    public static List<Segment> runs(boolean[] labels) {
        List<Segment> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= labels.length; i++) {
            boolean on = i < labels.length && labels[i];
            if (on && start < 0) {
                start = i;
            } else if (!on && start >= 0) {
                out.add(new Segment(start, i));
                start = -1;
            }
        }
        return out;
    }
}
