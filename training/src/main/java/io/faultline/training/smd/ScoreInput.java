package io.faultline.training.smd;

/** Argument checks shared by the metrics: scores finite, one label per score. */
final class ScoreInput {
    private ScoreInput() {
    }

    static void check(double[] scores, boolean[] labels) {
        if (scores.length != labels.length) {
            throw new IllegalArgumentException("scores has " + scores.length + " rows but labels has " + labels.length);
        }
        finite(scores, "scores");
    }

    static void finite(double[] values, String what) {
        if (values.length == 0) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + " at row " + i + " is not finite: " + values[i]);
            }
        }
    }

    static void finite(double threshold) {
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold must not be NaN");
        }
    }
}
