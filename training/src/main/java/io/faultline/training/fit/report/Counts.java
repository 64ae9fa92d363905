package io.faultline.training.fit.report;

/**
 * Totals of a training run.
 *
 * @param series  series handled
 * @param trained series that got a model
 * @param skipped series without a model (too little data)
 * @param points  samples read over all series
 */
public record Counts(int series, int trained, int skipped, long points) {
    public Counts {
        if (series < 0 || trained < 0 || skipped < 0 || points < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        if (trained + skipped != series) {
            throw new IllegalArgumentException("trained (" + trained + ") + skipped (" + skipped
                    + ") must equal series (" + series + ")");
        }
    }
}
