package io.faultline.models.kmeans;

import io.faultline.features.stats.RobustScale;
import java.util.Arrays;

/**
 * What k-means learned, as plain values that serialise to JSON: the window length, the
 * standardising median and scale, the centroids (each of {@code 2 window - 1} features, see
 * {@link WindowFeatures}) and the {@code trainingQuantile} of the training windows' distances to
 * their nearest centroid.
 */
public record KMeansWindowModel(int window, double median, double scale, double[][] centroids, double distanceQuantile) {

    public KMeansWindowModel {
        if (window < 2) {
            throw new IllegalArgumentException("window must be >= 2, was " + window);
        }
        new RobustScale(median, scale); // validates both
        if (centroids == null || centroids.length == 0) {
            throw new IllegalArgumentException("centroids must not be empty");
        }
        double[][] copy = new double[centroids.length][];
        for (int c = 0; c < centroids.length; c++) {
            if (centroids[c] == null || centroids[c].length != WindowFeatures.count(window)) {
                throw new IllegalArgumentException("centroids[" + c + "] must have " + WindowFeatures.count(window)
                        + " features for window=" + window + ", had " + (centroids[c] == null ? 0 : centroids[c].length));
            }
            for (int j = 0; j < centroids[c].length; j++) {
                if (!Double.isFinite(centroids[c][j])) {
                    throw new IllegalArgumentException("centroids[" + c + "][" + j + "] must be finite, was " + centroids[c][j]);
                }
            }
            copy[c] = centroids[c].clone();
        }
        centroids = copy;
        if (!(distanceQuantile >= 0 && Double.isFinite(distanceQuantile))) {
            throw new IllegalArgumentException("distanceQuantile must be finite and >= 0, was " + distanceQuantile);
        }
    }

    @Override
    public double[][] centroids() {
        double[][] copy = new double[centroids.length][];
        for (int c = 0; c < centroids.length; c++) {
            copy[c] = centroids[c].clone();
        }
        return copy;
    }

    /** The verdict on the newest value of a window, distances in standardised units. */
    record Judgement(double distance, double expected, double lower, double upper) {
    }

    WindowFeatures features() {
        return new WindowFeatures(window, new RobustScale(median, scale));
    }

    /**
     * Judges the newest value of {@code raw} (length {@code window}, oldest first). The distance
     * is to the nearest centroid. With the older values fixed, the squared distance to a centroid
     * c is a parabola in the newest standardised value z: rest_c + (z - u)^2 + (z - v)^2, where
     * u is c's newest value and v the previous z plus c's newest difference. So z* = (u + v) / 2
     * is the value c expects, and the values within {@code radius} of c form the interval
     * z* +- sqrt((radius^2 - rest_c - (u - v)^2 / 2) / 2). Expected is the z* of the centroid that
     * can come closest; the bounds are the hull of the intervals of all centroids (collapsed on
     * expected when none can come within radius). All are mapped back to the series' units.
     */
    Judgement judge(double[] raw, double radius) {
        WindowFeatures layout = features();
        double[] f = layout.of(raw, 0);
        int last = layout.newestValue();
        int lastDiff = layout.newestDifference();
        double previous = f[last - 1];
        double nearest = Double.POSITIVE_INFINITY;
        double closestReach = Double.POSITIVE_INFINITY;
        double expected = Double.NaN;
        double lower = Double.POSITIVE_INFINITY;
        double upper = Double.NEGATIVE_INFINITY;
        for (double[] c : centroids) {
            double rest = 0.0;
            for (int j = 0; j < f.length; j++) {
                if (j != last && j != lastDiff) {
                    rest += square(f[j] - c[j]);
                }
            }
            nearest = Math.min(nearest, rest + square(f[last] - c[last]) + square(f[lastDiff] - c[lastDiff]));
            double u = c[last];
            double v = previous + c[lastDiff];
            double centre = 0.5 * (u + v);
            double reach = rest + 0.5 * square(u - v);
            if (reach < closestReach) {
                closestReach = reach;
                expected = centre;
            }
            double slack = radius * radius - reach;
            if (slack >= 0) {
                double halfWidth = Math.sqrt(0.5 * slack);
                lower = Math.min(lower, centre - halfWidth);
                upper = Math.max(upper, centre + halfWidth);
            }
        }
        if (lower > upper) {
            lower = expected;
            upper = expected;
        }
        RobustScale s = layout.scale();
        return new Judgement(Math.sqrt(nearest), s.unstandardise(expected), s.unstandardise(lower), s.unstandardise(upper));
    }

    /** The Euclidean distance from {@code features} to the nearest of {@code centroids}. */
    static double nearestDistance(double[][] centroids, double[] features) {
        double nearest = Double.POSITIVE_INFINITY;
        for (double[] c : centroids) {
            double sum = 0.0;
            for (int j = 0; j < features.length; j++) {
                sum += square(features[j] - c[j]);
            }
            nearest = Math.min(nearest, sum);
        }
        return Math.sqrt(nearest);
    }

    private static double square(double x) {
        return x * x;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KMeansWindowModel m && window == m.window
                && Double.compare(median, m.median) == 0 && Double.compare(scale, m.scale) == 0
                && Arrays.deepEquals(centroids, m.centroids) && Double.compare(distanceQuantile, m.distanceQuantile) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.deepHashCode(centroids) + Double.hashCode(median)) + Double.hashCode(scale);
    }

    @Override
    public String toString() {
        return "KMeansWindowModel[window=" + window + ", median=" + median + ", scale=" + scale
                + ", centroids=" + centroids.length + ", distanceQuantile=" + distanceQuantile + "]";
    }
}
