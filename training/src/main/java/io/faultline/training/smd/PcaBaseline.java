package io.faultline.training.smd;

import io.faultline.datasets.smd.SmdMatrix;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * The plain PCA reconstruction-error baseline for multivariate metrics (Shyu et al., "A Novel Anomaly
 * Detection Scheme Based on Principal Component Classifier", ICDM 2003 workshop), the simple baseline
 * that Sarfraz et al., "Position: Quo Vadis, Unsupervised Time Series Anomaly Detection?" (ICML 2024),
 * found on par with deep models on SMD when F1 is measured without point adjustment. Fitting standardises each
 * column by its training mean and standard deviation (floored at {@link PcaBaselineParams#minStd()}),
 * takes the eigen-decomposition of the standardised covariance (Commons Math) and keeps the leading k
 * components V_k. A row x is scored by the squared norm of its residual r = (I - V_k V_k^T) z, z being
 * x standardised; r_d^2 is dimension d's contribution, for root-cause ranking.
 *
 * <p>Deterministic: no randomness, and components are ordered by eigenvalue with ties broken by index.
 */
public final class PcaBaseline {
    private final PcaBaselineParams params;

    public PcaBaseline(PcaBaselineParams params) {
        this.params = params;
    }

    public PcaBaselineParams params() {
        return params;
    }

    /** @throws IllegalArgumentException when the training matrix has fewer than 2 rows */
    public FittedPcaBaseline fit(SmdMatrix train) {
        if (train.rows() < 2) {
            throw new IllegalArgumentException("PCA needs at least 2 training rows, had " + train.rows());
        }
        int dims = train.columns();
        double[] mean = new double[dims];
        double[] std = new double[dims];
        for (int d = 0; d < dims; d++) {
            double[] column = train.column(d);
            mean[d] = new Mean().evaluate(column);
            std[d] = Math.max(params.minStd(), new StandardDeviation().evaluate(column, mean[d]));
        }
        double[][] z = train.toRows();
        for (double[] row : z) {
            for (int d = 0; d < dims; d++) {
                row[d] = (row[d] - mean[d]) / std[d];
            }
        }
        RealMatrix covariance = new Covariance(z, true).getCovarianceMatrix();
        EigenDecomposition eigen = new EigenDecomposition(covariance);
        double[] values = eigen.getRealEigenvalues();
        int[] order = IntStream.range(0, dims).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -values[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        int k = components(values, order);
        double kept = 0;
        double total = 0;
        for (int i = 0; i < dims; i++) {
            total += Math.max(0, values[order[i]]);
            kept += i < k ? Math.max(0, values[order[i]]) : 0;
        }
        double[][] residual = new double[dims][dims];
        for (int i = 0; i < dims; i++) {
            residual[i][i] = 1;
        }
        for (int c = 0; c < k; c++) {
            RealVector v = eigen.getEigenvector(order[c]);
            for (int i = 0; i < dims; i++) {
                for (int j = 0; j < dims; j++) {
                    residual[i][j] -= v.getEntry(i) * v.getEntry(j);
                }
            }
        }
        return new FittedPcaBaseline(params, mean, std, residual, k, total == 0 ? 1 : kept / total);
    }

    private int components(double[] values, int[] order) {
        if (params.components() > 0) {
            return Math.min(params.components(), order.length);
        }
        double total = 0;
        for (double v : values) {
            total += Math.max(0, v);
        }
        double sum = 0;
        for (int i = 0; i < order.length; i++) {
            sum += Math.max(0, values[order[i]]);
            if (sum >= params.explainedVariance() * total) {
                return i + 1;
            }
        }
        return order.length;
    }
}
