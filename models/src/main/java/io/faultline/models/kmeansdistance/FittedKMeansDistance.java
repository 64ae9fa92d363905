package io.faultline.models.kmeansdistance;

import io.faultline.models.multivariate.FittedMultivariateDetector;
import io.faultline.models.multivariate.MultivariateScorer;
import io.faultline.models.multivariate.RowScorer;

/**
 * A fitted {@link KMeansDistanceDetector}: column means and floored deviations, centroids in the
 * standardised space and each centroid's RMS member distance. Immutable.
 */
public final class FittedKMeansDistance implements FittedMultivariateDetector {
    private final KMeansDistanceParams params;
    private final double[] mean;
    private final double[] std;
    private final double[][] centroids;
    private final double[] scale;

    FittedKMeansDistance(KMeansDistanceParams params, double[] mean, double[] std, double[][] centroids, double[] scale) {
        this.params = params;
        this.mean = mean.clone();
        this.std = std.clone();
        this.centroids = centroids.clone();
        this.scale = scale.clone();
    }

    @Override
    public int dimensions() {
        return mean.length;
    }

    /** How many centroids the fit kept. */
    public int clusters() {
        return centroids.length;
    }

    @Override
    public MultivariateScorer newScorer() {
        return new RowScorer(this::instant, params.window(), mean, std, params.localAlpha());
    }

    /** The distance to the nearest centroid divided by that centroid's RMS member distance. */
    double instant(double[] row) {
        double[] z = new double[row.length];
        for (int d = 0; d < row.length; d++) {
            z[d] = (row[d] - mean[d]) / std[d];
        }
        int c = nearest(centroids, z);
        return Math.sqrt(squaredDistance(centroids[c], z)) / scale[c];
    }

    static int nearest(double[][] centroids, double[] z) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double d = squaredDistance(centroids[c], z);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            s += (a[d] - b[d]) * (a[d] - b[d]);
        }
        return s;
    }
}
