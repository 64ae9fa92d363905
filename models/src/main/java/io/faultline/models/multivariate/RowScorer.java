package io.faultline.models.multivariate;

import java.util.Arrays;

/**
 * The streaming half that the multivariate detectors share: the mean of the last {@code window}
 * instantaneous scores, and per dimension a contribution that is the row's distance from that
 * dimension's own slow running mean divided by a scale. Anomalies on server metrics last minutes while
 * single-row noise does not, hence the trailing mean; blaming by distance from a running mean credits
 * what moved now rather than what was always unusual. Contributions stay the row's own, since a
 * trailing mean of them would blame what moved before the anomaly. Not thread-safe.
 */
public final class RowScorer implements MultivariateScorer {

    /** The instantaneous score of one validated row, finite and >= 0. */
    @FunctionalInterface
    public interface InstantScore {
        double score(double[] row);
    }

    private final InstantScore instant;
    private final double[] recent;
    private int count;
    private int next;
    private final double[] level;
    private final double[] scale;
    private final double alpha;

    /**
     * @param instant the model's score of one row
     * @param window  rows in the trailing mean of scores, >= 1
     * @param level   each dimension's starting level (the training mean); copied
     * @param scale   each dimension's scale (> 0) dividing its distance from its level; copied
     * @param alpha   smoothing of the running level, in (0, 1)
     */
    public RowScorer(InstantScore instant, int window, double[] level, double[] scale, double alpha) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, was " + window);
        }
        if (level.length != scale.length) {
            throw new IllegalArgumentException("level has " + level.length + " values but scale has " + scale.length);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), was " + alpha);
        }
        this.instant = instant;
        this.recent = new double[window];
        this.level = level.clone();
        this.scale = scale.clone();
        this.alpha = alpha;
    }

    @Override
    public MultivariatePoint score(double[] row) {
        if (row.length != level.length) {
            throw new IllegalArgumentException("row has " + row.length + " values, the model expects " + level.length);
        }
        for (int d = 0; d < row.length; d++) {
            if (!Double.isFinite(row[d])) {
                throw new IllegalArgumentException("row value " + d + " is not finite: " + row[d]);
            }
        }
        recent[next] = instant.score(row);
        next = (next + 1) % recent.length;
        count = Math.min(count + 1, recent.length);
        double score = 0;
        for (int i = 0; i < count; i++) {
            score += recent[(next - count + i + recent.length) % recent.length];
        }
        double[] contributions = new double[row.length];
        for (int d = 0; d < row.length; d++) {
            contributions[d] = Math.abs(row[d] - level[d]) / scale[d];
            level[d] += alpha * (row[d] - level[d]);
        }
        return new MultivariatePoint(Math.max(0, score / count), contributions);
    }

    /** Each column's mean and deviation (floored at {@code minStd}) over training rows of equal width. */
    public static double[][] meanAndStd(double[][] rows, double minStd) {
        if (rows.length < 2) {
            throw new IllegalArgumentException("training needs at least 2 rows, had " + rows.length);
        }
        int dims = rows[0].length;
        double[] mean = new double[dims];
        double[] std = new double[dims];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != dims) {
                throw new IllegalArgumentException("training row " + r + " has " + rows[r].length + " values, row 0 has "
                        + dims);
            }
            for (int d = 0; d < dims; d++) {
                if (!Double.isFinite(rows[r][d])) {
                    throw new IllegalArgumentException("training row " + r + " value " + d + " is not finite: "
                            + rows[r][d]);
                }
                mean[d] += rows[r][d] / rows.length;
            }
        }
        for (double[] row : rows) {
            for (int d = 0; d < dims; d++) {
                std[d] += (row[d] - mean[d]) * (row[d] - mean[d]) / (rows.length - 1);
            }
        }
        for (int d = 0; d < dims; d++) {
            std[d] = Math.max(minStd, Math.sqrt(std[d]));
        }
        return new double[][] {mean, std};
    }

    @Override
    public String toString() {
        return "RowScorer[window=" + recent.length + ", level=" + Arrays.toString(level) + "]";
    }
}
