package io.faultline.training.smd;

import io.faultline.datasets.smd.InterpretationSegment;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Ranks dimensions by a model's per-dimension contribution to a segment's anomaly score: the mean of
 * each dimension's per-row contribution over the segment's rows, highest first, ties broken by the
 * lower column index so the ranking is deterministic.
 */
public final class DimensionRanking {
    private DimensionRanking() {
    }

    /** Column indices ordered by contribution, highest first (lower index first on a tie). */
    public static int[] rank(double[] contribution) {
        for (int d = 0; d < contribution.length; d++) {
            if (Double.isNaN(contribution[d])) {
                throw new IllegalArgumentException("contribution of dimension " + d + " is NaN");
            }
        }
        return IntStream.range(0, contribution.length).boxed()
                .sorted(Comparator.comparingDouble((Integer d) -> -contribution[d]).thenComparingInt(d -> d))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /**
     * The highest per-dimension contribution over the segment's rows {@code [start, end)}: a dimension
     * that moved hard for part of a long event is not diluted by the rows where it had settled.
     */
    public static double[] maxOver(InterpretationSegment segment, double[][] contributions) {
        double[] mean = meanOver(segment, contributions); // checks the rows
        double[] max = new double[mean.length];
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int r = segment.start(); r < segment.end(); r++) {
            for (int d = 0; d < max.length; d++) {
                max[d] = Math.max(max[d], contributions[r][d]);
            }
        }
        return max;
    }

    /** The mean per-dimension contribution over the segment's rows {@code [start, end)}. */
    public static double[] meanOver(InterpretationSegment segment, double[][] contributions) {
        if (segment.end() > contributions.length) {
            throw new IllegalArgumentException("segment " + segment.start() + "-" + segment.end() + " ends after the "
                    + contributions.length + " scored rows");
        }
        int dimensions = contributions[segment.start()].length;
        double[] mean = new double[dimensions];
        for (int r = segment.start(); r < segment.end(); r++) {
            if (contributions[r].length != dimensions) {
                throw new IllegalArgumentException("row " + r + " has " + contributions[r].length
                        + " contributions, expected " + dimensions);
            }
            for (int d = 0; d < dimensions; d++) {
                mean[d] += contributions[r][d] / segment.length();
            }
        }
        return mean;
    }
}
