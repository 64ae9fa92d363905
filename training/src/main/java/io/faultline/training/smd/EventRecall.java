package io.faultline.training.smd;

import java.util.List;

/**
 * Event-wise recall: the share of labelled segments (maximal runs of anomalous labels) with at least
 * one flagged row. It says how many incidents an operator would have heard of, whatever their length.
 */
public final class EventRecall {
    private EventRecall() {
    }

    /**
     * @throws IllegalArgumentException when no row is labelled anomalous (no events to recall)
     */
    public static double of(boolean[] flagged, boolean[] labels) {
        if (flagged.length != labels.length) {
            throw new IllegalArgumentException("flags has " + flagged.length + " rows but labels has " + labels.length);
        }
        List<Segment> segments = Segment.runs(labels);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("labels contain no anomalous row: event recall is undefined");
        }
        int detected = 0;
        for (Segment s : segments) {
            for (int i = s.start(); i < s.end(); i++) {
                if (flagged[i]) {
                    detected++;
                    break;
                }
            }
        }
        return (double) detected / segments.size();
    }

    /** Event recall with rows flagged when their score is {@code >= threshold}. */
    public static double at(double[] scores, boolean[] labels, double threshold) {
        ScoreInput.check(scores, labels);
        ScoreInput.finite(threshold);
        return of(PointAdjustment.flags(scores, threshold), labels);
    }
}
