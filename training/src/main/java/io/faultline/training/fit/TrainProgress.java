package io.faultline.training.fit;

/**
 * Told after each series is handled (trained or skipped), so a command line can draw a progress bar.
 * Called on the thread that runs the job; it must return quickly and must not throw.
 */
@FunctionalInterface
public interface TrainProgress {
    /** Ignores every call. */
    TrainProgress NONE = (done, total) -> { };

    /**
     * @param done  series handled so far, 1..total
     * @param total series the job will handle
     */
    void seriesDone(int done, int total);
}
