package io.faultline.models.iforest;

/**
 * Parameters of {@link IsolationForestDetector}.
 *
 * @param trees      isolation trees in the forest, >= 1 (Liu et al. use 100)
 * @param sampleSize training rows drawn without replacement for each tree, >= 2 (Liu et al. use 256);
 *                   capped at the number of training rows
 * @param window     rows in the trailing mean of scores, >= 1 (1 = none)
 * @param minStd     floor of each column's deviation, the scale of its contribution, > 0
 * @param localAlpha smoothing of each dimension's running level, the reference of its contribution, in (0, 1)
 * @param seed       seed of the row sampling and the splits
 */
public record IsolationForestParams(int trees, int sampleSize, int window, double minStd, double localAlpha, long seed) {

    public IsolationForestParams {
        if (trees < 1) {
            throw new IllegalArgumentException("trees must be >= 1, was " + trees);
        }
        if (sampleSize < 2) {
            throw new IllegalArgumentException("sampleSize must be >= 2, was " + sampleSize);
        }
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, was " + window);
        }
        if (!(minStd > 0 && Double.isFinite(minStd))) {
            throw new IllegalArgumentException("minStd must be finite and > 0, was " + minStd);
        }
        if (!(localAlpha > 0 && localAlpha < 1)) {
            throw new IllegalArgumentException("localAlpha must be in (0, 1), was " + localAlpha);
        }
    }

    /** Liu et al.'s 100 trees of 256 rows; the same 30-row mean and attribution as {@code pca-residual}. */
    public static IsolationForestParams defaults() {
        return new IsolationForestParams(100, 256, 30, 0.01, 0.05, 42L);
    }
}
