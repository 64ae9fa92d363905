package io.faultline.models.kmeans;

/**
 * Parameters of {@link KMeansWindowDetector}.
 *
 * @param window             values per sliding window (the point scored and its predecessors), in [2, 512]
 * @param clusters           k, the number of centroids, >= 1 (fewer are kept when the history has
 *                           fewer distinct windows, or when a cluster ends up empty)
 * @param iterations         the most Lloyd iterations, >= 1
 * @param minHistory         finite points needed to train; a shorter history makes each scorer
 *                           collect this many points from its stream and train then;
 *                           >= window + clusters - 1 so there are at least k windows
 * @param trainingQuantile   the quantile of training distances that scores 1, in (0, 1]
 * @param thresholdFactor    anomalous when score exceeds this, > 0
 * @param minDistanceScale   the floor of the distance that scores 1, in robust standard deviations,
 *                           > 0; keeps a history of near-identical windows (whose learned distance
 *                           quantile is about 0) from flagging every tiny change. Moving only the
 *                           newest value by s scale units moves the window by s sqrt(2) (value and
 *                           difference), so the default 2 lets a flat series move about 1.4 scale
 *                           units, 1.4% of its level with the default floors
 * @param relativeScaleFloor standardising scale floor as a share of |median|, >= 0
 * @param absoluteScaleFloor standardising scale floor in the series' units, > 0
 * @param seed               the k-means++ seed
 */
public record KMeansWindowParams(
        int window,
        int clusters,
        int iterations,
        int minHistory,
        double trainingQuantile,
        double thresholdFactor,
        double minDistanceScale,
        double relativeScaleFloor,
        double absoluteScaleFloor,
        long seed) {

    public KMeansWindowParams {
        if (window < 2 || window > 512) {
            throw new IllegalArgumentException("window must be in [2, 512], was " + window);
        }
        if (clusters < 1) {
            throw new IllegalArgumentException("clusters must be >= 1, was " + clusters);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1, was " + iterations);
        }
        if (minHistory < window + clusters - 1) {
            throw new IllegalArgumentException("minHistory must be >= window + clusters - 1 = "
                    + (window + clusters - 1) + ", was " + minHistory);
        }
        if (!(trainingQuantile > 0 && trainingQuantile <= 1)) {
            throw new IllegalArgumentException("trainingQuantile must be in (0, 1], was " + trainingQuantile);
        }
        if (!(thresholdFactor > 0 && Double.isFinite(thresholdFactor))) {
            throw new IllegalArgumentException("thresholdFactor must be finite and > 0, was " + thresholdFactor);
        }
        if (!(minDistanceScale > 0 && Double.isFinite(minDistanceScale))) {
            throw new IllegalArgumentException("minDistanceScale must be finite and > 0, was " + minDistanceScale);
        }
        if (!(relativeScaleFloor >= 0 && Double.isFinite(relativeScaleFloor))) {
            throw new IllegalArgumentException("relativeScaleFloor must be finite and >= 0, was " + relativeScaleFloor);
        }
        if (!(absoluteScaleFloor > 0 && Double.isFinite(absoluteScaleFloor))) {
            throw new IllegalArgumentException("absoluteScaleFloor must be finite and > 0, was " + absoluteScaleFloor);
        }
    }

    public static KMeansWindowParams defaults() {
        return new KMeansWindowParams(12, 8, 100, 256, 0.995, 1.0, 2.0, 0.01, 1e-6, 42L);
    }
}
