package io.faultline.models.pca;

import io.faultline.models.multivariate.FittedMultivariateDetector;
import io.faultline.models.multivariate.MultivariatePoint;
import io.faultline.models.multivariate.MultivariateScorer;

/**
 * A fitted {@link PcaResidualDetector}: column means and floored deviations, the residual projector,
 * each dimension's training residual scale and the deviation of its row-to-row change. Immutable.
 */
public final class FittedPcaResidual implements FittedMultivariateDetector {
    private final PcaResidualParams params;
    private final double[] mean;
    private final double[] std;
    private final double[][] projector;
    private final double[] scale;
    private final double[] stepStd;

    FittedPcaResidual(PcaResidualParams params, double[] mean, double[] std, double[][] projector, double[] scale,
            double[] stepStd) {
        this.params = params;
        this.mean = mean.clone();
        this.std = std.clone();
        this.projector = projector;
        this.scale = scale.clone();
        this.stepStd = stepStd.clone();
    }

    @Override
    public int dimensions() {
        return mean.length;
    }

    @Override
    public MultivariateScorer newScorer() {
        return new PcaResidualScorer(this);
    }

    /** The instantaneous score and contributions of one row, before any trailing mean. */
    MultivariatePoint instant(double[] row) {
        if (row.length != mean.length) {
            throw new IllegalArgumentException("row has " + row.length + " values, the model expects " + mean.length);
        }
        for (int d = 0; d < row.length; d++) {
            if (!Double.isFinite(row[d])) {
                throw new IllegalArgumentException("row value " + d + " is not finite: " + row[d]);
            }
        }
        double[] z = standardise(row, mean, std);
        double[] r = multiply(projector, z);
        boolean deviation = "deviation".equals(params.attribution());
        double[] contributions = new double[r.length];
        boolean max = "max".equals(params.aggregation());
        double score = 0;
        for (int d = 0; d < r.length; d++) {
            double e = r[d] / scale[d];
            score = max ? Math.max(score, Math.abs(e)) : score + e * e / r.length;
            contributions[d] = Math.abs(deviation ? z[d] : e);
        }
        return new MultivariatePoint(score, contributions);
    }

    double[] mean() {
        return mean.clone();
    }

    double[] std() {
        return std.clone();
    }

    /** Each column's deviation of its row-to-row change (floored), the scale of {@code local-step}. */
    double[] stepStd() {
        return stepStd.clone();
    }

    PcaResidualParams params() {
        return params;
    }

    static double[] standardise(double[] row, double[] mean, double[] std) {
        double[] z = new double[row.length];
        for (int d = 0; d < row.length; d++) {
            z[d] = (row[d] - mean[d]) / std[d];
        }
        return z;
    }

    static double[] multiply(double[][] m, double[] v) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += m[i][j] * v[j];
            }
            out[i] = s;
        }
        return out;
    }
}
