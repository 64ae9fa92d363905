package io.faultline.models.kmeansdistance;

/**
 * Parameters of {@link KMeansDistanceDetector}.
 *
 * @param clusters    k, >= 1; capped at the number of distinct training rows
 * @param iterations  Lloyd iterations, >= 1
 * @param stride      fit on every {@code stride}-th training row, >= 1 (1 = all), to bound the cost
 * @param minStd      floor of each column's deviation before standardising, > 0
 * @param minScale    floor of a cluster's RMS member distance, dividing distances to it, > 0
 * @param window      rows in the trailing mean of scores, >= 1 (1 = none)
 * @param localAlpha  smoothing of each dimension's running level, the reference of its contribution, in (0, 1)
 * @param seed        seed of Tribuo's k-means++ initialisation
 */
public record KMeansDistanceParams(int clusters, int iterations, int stride, double minStd, double minScale, int window,
        double localAlpha, long seed) {

    public KMeansDistanceParams {
        if (clusters < 1) {
            throw new IllegalArgumentException("clusters must be >= 1, was " + clusters);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1, was " + iterations);
        }
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be >= 1, was " + stride);
        }
        if (!(minStd > 0 && Double.isFinite(minStd))) {
            throw new IllegalArgumentException("minStd must be finite and > 0, was " + minStd);
        }
        if (!(minScale > 0 && Double.isFinite(minScale))) {
            throw new IllegalArgumentException("minScale must be finite and > 0, was " + minScale);
        }
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, was " + window);
        }
        if (!(localAlpha > 0 && localAlpha < 1)) {
            throw new IllegalArgumentException("localAlpha must be in (0, 1), was " + localAlpha);
        }
    }

    /** 10 clusters, 50 iterations on every 2nd row; the same 30-row mean and attribution as {@code pca-residual}. */
    public static KMeansDistanceParams defaults() {
        return new KMeansDistanceParams(10, 50, 2, 0.01, 0.05, 30, 0.05, 42L);
    }
}
