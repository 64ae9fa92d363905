package io.faultline.models.kmeansdistance;

import io.faultline.models.multivariate.FittedMultivariateDetector;
import io.faultline.models.multivariate.MultivariateDetector;
import io.faultline.models.multivariate.RowScorer;
import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Distance to the nearest k-means centroid as an anomaly score (the clustering-based detector of
 * Chandola, Banerjee and Kumar, "Anomaly Detection: A Survey", ACM Computing Surveys 41(3), 2009,
 * section 6), with Tribuo's {@link KMeansTrainer}: Lloyd's algorithm seeded by k-means++ (Arthur and
 * Vassilvitskii, SODA 2007), one thread, a fixed seed. Columns are standardised by their training mean
 * and deviation; a row's score is its distance to the nearest centroid divided by that cluster's RMS
 * member distance, so that a loose cluster of normal states does not look anomalous beside a tight
 * one. {@link RowScorer} averages the score over the last {@code window} rows and blames each dimension
 * by its standardised distance from its own running level. Centroids no training row is nearest to are
 * dropped (Tribuo leaves an empty cluster at the origin).
 */
public final class KMeansDistanceDetector implements MultivariateDetector {
    public static final String NAME = "kmeans-distance";

    /** Tribuo logs every iteration at INFO; held strongly so that the level set here sticks. */
    private static final Logger TRIBUO_KMEANS_LOG = Logger.getLogger(KMeansTrainer.class.getName());
    private static final ClusteringFactory CLUSTERING = new ClusteringFactory();

    private final KMeansDistanceParams params;

    public KMeansDistanceDetector(KMeansDistanceParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public KMeansDistanceParams params() {
        return params;
    }

    @Override
    public FittedMultivariateDetector fit(double[][] rows) {
        double[][] meanStd = RowScorer.meanAndStd(rows, params.minStd());
        List<double[]> z = new ArrayList<>();
        for (int r = 0; r < rows.length; r += params.stride()) {
            double[] zr = new double[rows[r].length];
            for (int d = 0; d < zr.length; d++) {
                zr[d] = (rows[r][d] - meanStd[0][d]) / meanStd[1][d];
            }
            z.add(zr);
        }
        int k = distinctUpTo(z, params.clusters());
        double[][] centroids = k == 1 ? new double[][] {z.get(0).clone()} : cluster(z, k);
        int[] members = new int[centroids.length];
        double[] sumSquares = new double[centroids.length];
        for (double[] zr : z) {
            int c = FittedKMeansDistance.nearest(centroids, zr);
            members[c]++;
            sumSquares[c] += FittedKMeansDistance.squaredDistance(centroids[c], zr);
        }
        List<double[]> kept = new ArrayList<>();
        List<Double> scales = new ArrayList<>();
        for (int c = 0; c < centroids.length; c++) {
            if (members[c] > 0) {
                kept.add(centroids[c]);
                scales.add(Math.max(params.minScale(), Math.sqrt(sumSquares[c] / members[c])));
            }
        }
        return new FittedKMeansDistance(params, meanStd[0], meanStd[1], kept.toArray(double[][]::new),
                scales.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private double[][] cluster(List<double[]> z, int k) {
        int dims = z.get(0).length;
        String[] names = new String[dims];
        Map<String, Integer> index = new HashMap<>();
        for (int d = 0; d < dims; d++) {
            names[d] = String.format(java.util.Locale.ROOT, "d%04d", d);
            index.put(names[d], d);
        }
        MutableDataset<ClusterID> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("faultline multivariate rows", CLUSTERING), CLUSTERING);
        for (double[] zr : z) {
            data.add(new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, zr));
        }
        KMeansTrainer trainer = new KMeansTrainer(k, params.iterations(), new L2Distance(),
                KMeansTrainer.Initialisation.PLUSPLUS, 1, params.seed());
        List<List<Feature>> found = trainQuietly(trainer, data).getCentroids();
        double[][] centroids = new double[found.size()][dims];
        for (int c = 0; c < centroids.length; c++) {
            for (Feature feature : found.get(c)) {
                centroids[c][index.get(feature.getName())] = feature.getValue();
            }
        }
        return centroids;
    }

    /** Lowers Tribuo's k-means logger for the fit; synchronised because the level is global. */
    private static synchronized KMeansModel trainQuietly(KMeansTrainer trainer, MutableDataset<ClusterID> data) {
        Level before = TRIBUO_KMEANS_LOG.getLevel();
        TRIBUO_KMEANS_LOG.setLevel(Level.WARNING);
        try {
            return trainer.train(data);
        } finally {
            TRIBUO_KMEANS_LOG.setLevel(before);
        }
    }

    /** Distinct rows up to {@code limit}: k-means++ cannot seed more centroids than that. */
    private static int distinctUpTo(List<double[]> rows, int limit) {
        Set<DoubleBuffer> seen = new HashSet<>();
        for (double[] row : rows) {
            if (seen.add(DoubleBuffer.wrap(row)) && seen.size() == limit) {
                break;
            }
        }
        return seen.size();
    }
}
