package io.faultline.models.kmeansdistance;

import io.faultline.models.kmeans.TribuoKMeans;
import io.faultline.models.multivariate.FittedMultivariateDetector;
import io.faultline.models.multivariate.MultivariateDetector;
import io.faultline.models.multivariate.RowScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tribuo.clustering.kmeans.KMeansTrainer;

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
        int k = TribuoKMeans.distinctUpTo(z, params.clusters());
        double[][] centroids = k == 1 ? new double[][] {z.get(0).clone()}
                : TribuoKMeans.centroids(z, TribuoKMeans.indexNames(z.get(0).length), k, params.iterations(),
                        params.seed(), "faultline multivariate rows");
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
}
