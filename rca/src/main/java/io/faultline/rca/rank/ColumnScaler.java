package io.faultline.rca.rank;

import java.util.Arrays;

/**
 * The two scalers of RCAEval's statistical rankers, as scikit-learn fits them on the normal part of
 * a column: {@link #ROBUST} ({@code RobustScaler}: median and 25-75 interquartile range) for BARO,
 * {@link #STANDARD} ({@code StandardScaler}: mean and population standard deviation) for N-Sigma. A
 * spread that is zero (scikit-learn: an IQR below ten machine epsilons; a variance within rounding of
 * zero) becomes 1, so the score is then the plain distance from the centre.
 */
enum ColumnScaler {
    ROBUST {
        @Override
        Fit fit(double[] normal) {
            double[] sorted = normal.clone();
            Arrays.sort(sorted);
            double iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
            return new Fit(median(sorted), iqr < 10 * EPS ? 1.0 : iqr);
        }
    },
    STANDARD {
        @Override
        Fit fit(double[] normal) {
            int n = normal.length;
            double sum = 0;
            for (double v : normal) {
                sum += v;
            }
            double mean = sum / n;
            // Two passes with a correction term, as scikit-learn's _incremental_mean_and_var does.
            double correction = 0;
            double squares = 0;
            for (double v : normal) {
                correction += v - mean;
                squares += (v - mean) * (v - mean);
            }
            double variance = (squares - correction * correction / n) / n;
            boolean constant = variance <= n * EPS * variance + Math.pow(n * mean * EPS, 2);
            return new Fit(mean, constant ? 1.0 : Math.sqrt(variance));
        }
    };

    private static final double EPS = Math.ulp(1.0);

    /** The centre and spread fitted on a column's normal part; a point's score is {@code (x - center) / scale}. */
    record Fit(double center, double scale) {
        double score(double x) {
            return (x - center) / scale;
        }
    }

    /** Fits the scaler to the normal part of a column (at least one value). */
    abstract Fit fit(double[] normal);

    /** numpy's median: the middle value, or the mean of the two middle values. */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * numpy's default ("linear") quantile, which scikit-learn's RobustScaler uses, with numpy's own
     * interpolation formula so that ties and near-ties rank as they do there.
     */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double t = position - below;
        double a = sorted[below];
        double b = sorted[above];
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }
}
