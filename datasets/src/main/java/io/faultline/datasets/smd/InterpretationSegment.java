package io.faultline.datasets.smd;

import java.util.List;

/**
 * One labelled anomaly of an SMD {@code interpretation_label} file: the test rows
 * {@code [start, end)} and the metrics that an operator marked as showing it.
 *
 * @param start      first test row of the anomaly, 0-based, >= 0
 * @param end        row after the last one (exclusive), > start
 * @param dimensions the marked metrics as 0-based column indices (the file's 1-based numbers minus
 *                   one), distinct, ascending, at least one
 */
public record InterpretationSegment(int start, int end, List<Integer> dimensions) {
    public InterpretationSegment {
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0, was " + start);
        }
        if (end <= start) {
            throw new IllegalArgumentException("end must be > start " + start + ", was " + end);
        }
        dimensions = List.copyOf(dimensions);
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("dimensions must not be empty");
        }
        for (int i = 0; i < dimensions.size(); i++) {
            int d = dimensions.get(i);
            if (d < 0) {
                throw new IllegalArgumentException("dimensions must be >= 0, was " + d);
            }
            if (i > 0 && d <= dimensions.get(i - 1)) {
                throw new IllegalArgumentException("dimensions must be distinct and ascending, were " + dimensions);
            }
        }
    }

    /** Rows covered, {@code end - start}. */
    public int length() {
        return end - start;
    }
}
