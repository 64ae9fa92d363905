package io.faultline.rca.rank;

/**
 * Sums of products of columns over chosen rows, for {@link CalleeResiduals}' regressions. Each sum
 * runs over the rows in the given order, as a row-by-row pass sums it, so the results are the same
 * doubles; four sums run side by side, because a single running sum waits on its own previous
 * addition at every row while four independent ones keep the processor busy.
 */
final class CrossProducts {
    private static final int LANES = 4;
    /** Sums side by side in {@link #dots}, where the rows are contiguous and many columns share one. */
    private static final int WIDE = 8;

    private CrossProducts() {
    }

    /**
     * The symmetric matrix of {@code sum over rows of cols[a][i] * cols[b][i]}; only the upper
     * triangle is summed, since {@code x * y == y * x} exactly, and mirrored.
     *
     * @param rows the row indices to sum over, in order; only the first {@code n} are used
     */
    static double[][] gram(double[][] cols, int[] rows, int n) {
        int k = cols.length;
        double[][] g = new double[k][k];
        for (int a = 0; a < k; a++) {
            double[] xa = cols[a];
            for (int b = a; b < k; b += LANES) {
                double[] x0 = cols[b];
                double[] x1 = b + 1 < k ? cols[b + 1] : x0;
                double[] x2 = b + 2 < k ? cols[b + 2] : x0;
                double[] x3 = b + 3 < k ? cols[b + 3] : x0;
                double s0 = 0;
                double s1 = 0;
                double s2 = 0;
                double s3 = 0;
                for (int r = 0; r < n; r++) {
                    int i = rows[r];
                    double v = xa[i];
                    s0 += v * x0[i];
                    s1 += v * x1[i];
                    s2 += v * x2[i];
                    s3 += v * x3[i];
                }
                double[] s = {s0, s1, s2, s3};
                for (int l = 0; l < LANES && b + l < k; l++) {
                    g[a][b + l] = s[l];
                    g[b + l][a] = s[l];
                }
            }
        }
        return g;
    }

    /**
     * For each of {@code xs}: {@code sum over i < base of d[i] * x[i]}, i ascending: with {@code d}
     * and the xs centred, the cross term of a correlation; with the target and raw regressors, a
     * cell of {@code X'y}.
     */
    static double[] dots(double[] d, double[][] xs, int base) {
        int m = xs.length;
        double[] out = new double[m];
        int j = 0;
        for (; j + WIDE <= m; j += WIDE) {
            double[] x0 = xs[j];
            double[] x1 = xs[j + 1];
            double[] x2 = xs[j + 2];
            double[] x3 = xs[j + 3];
            double[] x4 = xs[j + 4];
            double[] x5 = xs[j + 5];
            double[] x6 = xs[j + 6];
            double[] x7 = xs[j + 7];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double s4 = 0;
            double s5 = 0;
            double s6 = 0;
            double s7 = 0;
            for (int i = 0; i < base; i++) {
                double v = d[i];
                s0 += v * x0[i];
                s1 += v * x1[i];
                s2 += v * x2[i];
                s3 += v * x3[i];
                s4 += v * x4[i];
                s5 += v * x5[i];
                s6 += v * x6[i];
                s7 += v * x7[i];
            }
            out[j] = s0;
            out[j + 1] = s1;
            out[j + 2] = s2;
            out[j + 3] = s3;
            out[j + 4] = s4;
            out[j + 5] = s5;
            out[j + 6] = s6;
            out[j + 7] = s7;
        }
        for (; j < m; j += LANES) {
            double[] x0 = xs[j];
            double[] x1 = j + 1 < m ? xs[j + 1] : x0;
            double[] x2 = j + 2 < m ? xs[j + 2] : x0;
            double[] x3 = j + 3 < m ? xs[j + 3] : x0;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int i = 0; i < base; i++) {
                double v = d[i];
                s0 += v * x0[i];
                s1 += v * x1[i];
                s2 += v * x2[i];
                s3 += v * x3[i];
            }
            out[j] = s0;
            if (j + 1 < m) {
                out[j + 1] = s1;
            }
            if (j + 2 < m) {
                out[j + 2] = s2;
            }
            if (j + 3 < m) {
                out[j + 3] = s3;
            }
        }
        return out;
    }
}
