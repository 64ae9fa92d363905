package io.faultline.models.kmeans;

import java.nio.DoubleBuffer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

/** Tribuo's k-means (k-means++ seeding, L2, one thread, seeded) over plain rows, centroids back as arrays. */
public final class TribuoKMeans {
    private static final Logger TRIBUO_KMEANS_LOG = Logger.getLogger(KMeansTrainer.class.getName());
    private static final ClusteringFactory CLUSTERING = new ClusteringFactory();

    private TribuoKMeans() {
    }

    /** Feature names that keep Tribuo's by-name order the same as the index order: {@code d0000, d0001, ...}. */
    public static String[] indexNames(int dims) {
        String[] names = new String[dims];
        for (int d = 0; d < dims; d++) {
            names[d] = String.format(Locale.ROOT, "d%04d", d);
        }
        return names;
    }

    /**
     * The centroids of {@code k} clusters of {@code rows}, each as long as a row. {@code names} names each
     * column (Tribuo keys features by name and orders them by name); {@code source} names the rows in
     * Tribuo's provenance. {@code k} must not exceed {@link #distinctUpTo the distinct rows}.
     */
    public static double[][] centroids(List<double[]> rows, String[] names, int k, int iterations, long seed,
                                       String source) {
        int dims = names.length;
        Map<String, Integer> index = new HashMap<>();
        for (int d = 0; d < dims; d++) {
            index.put(names[d], d);
        }
        MutableDataset<ClusterID> data = new MutableDataset<>(new SimpleDataSourceProvenance(source, CLUSTERING), CLUSTERING);
        for (double[] row : rows) {
            data.add(new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, row));
        }
        KMeansTrainer trainer = new KMeansTrainer(k, iterations, new L2Distance(),
                KMeansTrainer.Initialisation.PLUSPLUS, 1, seed);
        List<List<Feature>> found = trainQuietly(trainer, data).getCentroids();
        double[][] centroids = new double[found.size()][dims];
        for (int c = 0; c < centroids.length; c++) {
            for (Feature feature : found.get(c)) {
                centroids[c][index.get(feature.getName())] = feature.getValue();
            }
        }
        return centroids;
    }

    /** Distinct rows up to {@code limit}: k-means++ cannot seed more centroids than that. */
    public static int distinctUpTo(List<double[]> rows, int limit) {
        Set<DoubleBuffer> seen = new HashSet<>();
        for (double[] row : rows) {
            if (seen.add(DoubleBuffer.wrap(row)) && seen.size() == limit) {
                break;
            }
        }
        return seen.size();
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
}
