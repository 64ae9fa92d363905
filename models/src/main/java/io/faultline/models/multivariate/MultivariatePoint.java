package io.faultline.models.multivariate;

import java.util.Arrays;

/**
 * The verdict on one row: an anomaly score (0 = normal, >= 0) and, per dimension, how much that
 * dimension is to blame (>= 0; higher = more), for root-cause ranking within the group.
 */
public record MultivariatePoint(double score, double[] contributions) {

    public MultivariatePoint {
        if (!(score >= 0 && Double.isFinite(score))) {
            throw new IllegalArgumentException("score must be finite and >= 0, was " + score);
        }
        contributions = contributions.clone();
    }

    @Override
    public double[] contributions() {
        return contributions.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultivariatePoint p && Double.compare(score, p.score) == 0
                && Arrays.equals(contributions, p.contributions);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(score) * 31 + Arrays.hashCode(contributions);
    }

    @Override
    public String toString() {
        return "MultivariatePoint[score=" + score + ", contributions=" + Arrays.toString(contributions) + "]";
    }
}
