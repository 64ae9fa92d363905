package io.faultline.models.pca;

import io.faultline.models.multivariate.FittedMultivariateDetector;
import io.faultline.models.multivariate.MultivariateDetector;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.correlation.Covariance;

/**
 * PCA reconstruction error with standardised residuals (Shyu, Chen, Sarinnapakorn and Chang, "A Novel
 * Anomaly Detection Scheme Based on Principal Component Classifier", ICDM 2003 workshop; Jolliffe,
 * "Principal Component Analysis", 2002, ch. 10 on the residual statistic). Fitting standardises each
 * column by its training mean and deviation, keeps the leading principal components of their
 * covariance (Commons Math's eigen-decomposition) and measures each dimension's residual scale on the
 * training rows. A row's residual r = (I - V_k V_k^T) z is divided, dimension by dimension, by that
 * scale, so that a dimension that is always poorly reconstructed does not drown the others; the score
 * is the mean squared standardised residual, and a dimension's contribution is its absolute
 * standardised residual (or, with {@code attribution=deviation}, its absolute standardised value).
 * Both are averaged over the last {@code window} rows. Deterministic: no randomness, components
 * ordered by eigenvalue with ties broken by index.
 */
public final class PcaResidualDetector implements MultivariateDetector {
    public static final String NAME = "pca-residual";

    private final PcaResidualParams params;

    public PcaResidualDetector(PcaResidualParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PcaResidualParams params() {
        return params;
    }

    @Override
    public FittedMultivariateDetector fit(double[][] rows) {
        if (rows.length < 2) {
            throw new IllegalArgumentException("PCA needs at least 2 training rows, had " + rows.length);
        }
        int dims = rows[0].length;
        double[] mean = new double[dims];
        double[] std = new double[dims];
        for (double[] row : rows) {
            if (row.length != dims) {
                throw new IllegalArgumentException("training rows differ in width: " + row.length + " and " + dims);
            }
            for (int d = 0; d < dims; d++) {
                mean[d] += row[d] / rows.length;
            }
        }
        for (double[] row : rows) {
            for (int d = 0; d < dims; d++) {
                std[d] += (row[d] - mean[d]) * (row[d] - mean[d]) / (rows.length - 1);
            }
        }
        for (int d = 0; d < dims; d++) {
            std[d] = Math.max(params.minStd(), Math.sqrt(std[d]));
        }
        double[][] z = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            z[r] = FittedPcaResidual.standardise(rows[r], mean, std);
        }
        double[][] projector = residualProjector(z, dims);
        double[] scale = new double[dims];
        for (double[] zr : z) {
            double[] res = FittedPcaResidual.multiply(projector, zr);
            for (int d = 0; d < dims; d++) {
                scale[d] += res[d] * res[d] / rows.length;
            }
        }
        for (int d = 0; d < dims; d++) {
            scale[d] = Math.max(params.minResidualStd(), Math.sqrt(scale[d]));
        }
        return new FittedPcaResidual(params, mean, std, projector, scale, stepStd(rows, params.minStd()));
    }

    /**
     * Each column's deviation of its row-to-row change, floored at {@code minStd}: how far a dimension
     * usually moves in one step, the scale of {@code local-step} attribution.
     */
    static double[] stepStd(double[][] rows, double minStd) {
        int dims = rows[0].length;
        double[] mean = new double[dims];
        double[] out = new double[dims];
        int steps = rows.length - 1;
        for (int r = 1; r < rows.length; r++) {
            for (int d = 0; d < dims; d++) {
                mean[d] += (rows[r][d] - rows[r - 1][d]) / steps;
            }
        }
        for (int r = 1; r < rows.length; r++) {
            for (int d = 0; d < dims; d++) {
                double e = rows[r][d] - rows[r - 1][d] - mean[d];
                out[d] += e * e / steps;
            }
        }
        for (int d = 0; d < dims; d++) {
            out[d] = Math.max(minStd, Math.sqrt(out[d]));
        }
        return out;
    }

    /** I - V_k V_k^T for the fewest leading components that explain the configured share. */
    private double[][] residualProjector(double[][] z, int dims) {
        RealMatrix covariance = new Covariance(z, true).getCovarianceMatrix();
        EigenDecomposition eigen = new EigenDecomposition(covariance);
        double[] values = eigen.getRealEigenvalues();
        int[] order = IntStream.range(0, dims).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -values[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        double total = 0;
        for (double v : values) {
            total += Math.max(0, v);
        }
        double[][] projector = new double[dims][dims];
        for (int i = 0; i < dims; i++) {
            projector[i][i] = 1;
        }
        double kept = 0;
        for (int c = 0; c < dims && kept < params.explainedVariance() * total; c++) {
            kept += Math.max(0, values[order[c]]);
            RealVector v = eigen.getEigenvector(order[c]);
            for (int i = 0; i < dims; i++) {
                for (int j = 0; j < dims; j++) {
                    projector[i][j] -= v.getEntry(i) * v.getEntry(j);
                }
            }
        }
        return projector;
    }
}
