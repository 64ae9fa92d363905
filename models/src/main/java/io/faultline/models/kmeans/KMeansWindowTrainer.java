package io.faultline.models.kmeans;

import io.faultline.features.stats.RobustScale;
import io.faultline.features.stats.RollingQuantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tribuo.clustering.kmeans.KMeansTrainer;

/**
 * Trains a {@link KMeansWindowModel} on a run of finite values with Tribuo's {@link KMeansTrainer}:
 * Lloyd's algorithm (Lloyd, "Least squares quantization in PCM", IEEE Trans. Inf. Theory 28(2),
 * 1982) seeded by k-means++ (Arthur &amp; Vassilvitskii, "k-means++: the advantages of careful
 * seeding", SODA 2007), single-threaded with a fixed seed so that a fit is reproducible.
 *
 * <p>k is capped at the number of distinct windows (k-means++ cannot seed more, and a constant
 * history has exactly one); centroids that end with no training window are dropped, since
 * Tribuo leaves them at the origin. Cost: O(n k d iterations), n windows of d = 2w - 1 features.
 */
final class KMeansWindowTrainer {
    /** Tribuo logs every iteration at INFO; held strongly so the level we set is not collected. */

    private KMeansWindowTrainer() {
    }

    static KMeansWindowModel train(double[] values, KMeansWindowParams params) {
        int w = params.window();
        if (values.length < w) {
            throw new IllegalArgumentException("training needs at least window=" + w + " values, got " + values.length);
        }
        RollingQuantiles all = new RollingQuantiles(values.length);
        for (double v : values) {
            all.add(v);
        }
        WindowFeatures layout = new WindowFeatures(w,
                RobustScale.of(all, params.relativeScaleFloor(), params.absoluteScaleFloor()));
        double[][] windows = new double[values.length - w + 1][];
        for (int s = 0; s < windows.length; s++) {
            windows[s] = layout.of(values, s);
        }
        int distinct = TribuoKMeans.distinctUpTo(Arrays.asList(windows), params.clusters());
        double[][] centroids = distinct == 1
                ? new double[][] {windows[0].clone()}
                : keepUsed(TribuoKMeans.centroids(Arrays.asList(windows), layout.names(), distinct, params.iterations(),
                        params.seed(), "faultline sliding windows"), windows);
        RollingQuantiles distances = new RollingQuantiles(windows.length);
        for (double[] window : windows) {
            distances.add(KMeansWindowModel.nearestDistance(centroids, window));
        }
        return new KMeansWindowModel(w, layout.scale().median(), layout.scale().scale(), centroids,
                distances.quantile(params.trainingQuantile()));
    }

    private static double[][] keepUsed(double[][] centroids, double[][] windows) {
        boolean[] used = new boolean[centroids.length];
        for (double[] window : windows) {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centroids.length; c++) {
                double d = KMeansWindowModel.nearestDistance(new double[][] {centroids[c]}, window);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            used[best] = true;
        }
        List<double[]> kept = new ArrayList<>();
        for (int c = 0; c < centroids.length; c++) {
            if (used[c]) {
                kept.add(centroids[c]);
            }
        }
        return kept.toArray(double[][]::new);
    }
}
