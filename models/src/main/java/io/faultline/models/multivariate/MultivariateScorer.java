package io.faultline.models.multivariate;

/**
 * Scores one group's rows as they stream, in time order; a row is scored before it is learned from,
 * so a scorer never sees the future of the row it scores. Not thread-safe.
 */
public interface MultivariateScorer {

    /** @throws IllegalArgumentException when the row has the wrong width or a non-finite value */
    MultivariatePoint score(double[] row);
}
