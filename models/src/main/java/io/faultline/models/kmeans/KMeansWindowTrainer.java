package io.faultline.models.kmeans;

import io.faultline.features.stats.RobustScale;
import io.faultline.features.stats.RollingQuantiles;
import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Feature;
import org.tribuo.MutableDataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.kmeans.KMeansModel;
import org.tribuo.clustering.kmeans.KMeansTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.provenance.SimpleDataSourceProvenance;

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
    private static final Logger TRIBUO_KMEANS_LOG = Logger.getLogger(KMeansTrainer.class.getName());
    private static final ClusteringFactory CLUSTERING = new ClusteringFactory();

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
        int distinct = distinctUpTo(windows, params.clusters());
        double[][] centroids = distinct == 1
                ? new double[][] {windows[0].clone()}
                : keepUsed(cluster(windows, layout.names(), distinct, params), windows);
        RollingQuantiles distances = new RollingQuantiles(windows.length);
        for (double[] window : windows) {
            distances.add(KMeansWindowModel.nearestDistance(centroids, window));
        }
        return new KMeansWindowModel(w, layout.scale().median(), layout.scale().scale(), centroids,
                distances.quantile(params.trainingQuantile()));
    }

    private static double[][] cluster(double[][] windows, String[] names, int k, KMeansWindowParams params) {
        MutableDataset<ClusterID> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("faultline sliding windows", CLUSTERING), CLUSTERING);
        for (double[] window : windows) {
            data.add(new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, window));
        }
        KMeansTrainer trainer = new KMeansTrainer(k, params.iterations(), new L2Distance(),
                KMeansTrainer.Initialisation.PLUSPLUS, 1, params.seed());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
        }
        List<List<Feature>> found = trainQuietly(trainer, data).getCentroids();
        double[][] centroids = new double[found.size()][names.length];
        for (int c = 0; c < centroids.length; c++) {
            for (Feature feature : found.get(c)) {
                centroids[c][index.get(feature.getName())] = feature.getValue();
            }
        }
        return centroids;
    }

    /**
     * Lowers Tribuo's k-means logger to WARNING for the fit. Synchronised because the level is
     * global: concurrent fits would otherwise restore each other's levels out of order.
     */
    private static synchronized KMeansModel trainQuietly(KMeansTrainer trainer, MutableDataset<ClusterID> data) {
        Level before = TRIBUO_KMEANS_LOG.getLevel();
        TRIBUO_KMEANS_LOG.setLevel(Level.WARNING);
        try {
            return trainer.train(data);
        } finally {
            TRIBUO_KMEANS_LOG.setLevel(before);
        }
    }

    private static int distinctUpTo(double[][] windows, int limit) {
        Set<DoubleBuffer> seen = new HashSet<>();
        for (double[] window : windows) {
            if (seen.add(DoubleBuffer.wrap(window)) && seen.size() == limit) {
                break;
            }
        }
        return seen.size();
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
