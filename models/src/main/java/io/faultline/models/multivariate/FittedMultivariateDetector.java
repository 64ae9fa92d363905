package io.faultline.models.multivariate;

/**
 * A multivariate detector after training: immutable; scoring state lives in the scorers it creates,
 * so one fitted detector can serve many streams. The same model fed the same rows gives the same scores.
 */
public interface FittedMultivariateDetector {

    /** Values per row the model expects. */
    int dimensions();

    /** A fresh streaming scorer. */
    MultivariateScorer newScorer();
}
