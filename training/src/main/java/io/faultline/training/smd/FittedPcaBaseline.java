package io.faultline.training.smd;

import io.faultline.datasets.smd.SmdMatrix;

/**
 * A fitted {@link PcaBaseline}: column means and (floored) standard deviations, and the residual
 * projector I - V_k V_k^T. Immutable; scoring a row reads nothing but that row.
 */
public final class FittedPcaBaseline {
    private final PcaBaselineParams params;
    private final double[] mean;
    private final double[] std;
    private final double[][] residual;
    private final int components;
    private final double explainedShare;

    FittedPcaBaseline(PcaBaselineParams params, double[] mean, double[] std, double[][] residual, int components,
            double explainedShare) {
        this.params = params;
        this.mean = mean;
        this.std = std;
        this.residual = residual;
        this.components = components;
        this.explainedShare = explainedShare;
    }

    public PcaBaselineParams params() {
        return params;
    }

    /** Columns the model expects. */
    public int dimensions() {
        return mean.length;
    }

    /** k, the components kept. */
    public int components() {
        return components;
    }

    /** Share of the standardised training variance the kept components explain. */
    public double explainedShare() {
        return explainedShare;
    }

    /** Squared residual per dimension of one row: the row's contribution to its score, dimension by dimension. */
    public double[] contributions(double[] row) {
        if (row.length != mean.length) {
            throw new IllegalArgumentException("row has " + row.length + " values, the model " + mean.length);
        }
        int dims = mean.length;
        double[] z = new double[dims];
        for (int d = 0; d < dims; d++) {
            z[d] = (row[d] - mean[d]) / std[d];
        }
        double[] out = new double[dims];
        for (int i = 0; i < dims; i++) {
            double r = 0;
            double[] p = residual[i];
            for (int j = 0; j < dims; j++) {
                r += p[j] * z[j];
            }
            out[i] = r * r;
        }
        return out;
    }

    /** The anomaly score of one row: its squared reconstruction error in standardised units. */
    public double score(double[] row) {
        double sum = 0;
        for (double c : contributions(row)) {
            sum += c;
        }
        return sum;
    }

    /** Scores and contributions of every row of a matrix. */
    public PcaScores scoreAll(SmdMatrix rows) {
        double[] scores = new double[rows.rows()];
        double[][] contributions = new double[rows.rows()][];
        for (int r = 0; r < rows.rows(); r++) {
            contributions[r] = contributions(rows.row(r));
            double sum = 0;
            for (double c : contributions[r]) {
                sum += c;
            }
            scores[r] = sum;
        }
        return new PcaScores(scores, contributions);
    }
}
