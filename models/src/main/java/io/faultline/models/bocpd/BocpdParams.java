package io.faultline.models.bocpd;

/**
 * Parameters of {@link BocpdDetector}.
 *
 * @param hazardLambda       the expected run length between change points: the constant hazard is
 *                           1 / hazardLambda, > 1
 * @param maxRunLengths      how many run-length hypotheses are kept (the least probable is pruned),
 *                           in [2, 10000]; each point costs O(maxRunLengths)
 * @param minPoints          finite points seen (history included) before scoring starts, >= 2
 * @param threshold          anomalous when the score, the point's tail probability under the
 *                           predictive expressed as a two-sided standard-normal z, exceeds this, > 0
 * @param priorKappa         pseudo-observations behind the prior mean of a new run, > 0
 * @param priorAlpha         Gamma shape of the prior precision of a new run, > 0 (1 gives a Student-t
 *                           with 2 degrees of freedom: a new run tolerates wide departures)
 * @param priorHalfLife      half-life, in points, of the moving mean and variance that centre and
 *                           scale the prior of each new run, > 0
 * @param relativeScaleFloor the predictive scale is at least this share of |prior mean|, >= 0
 * @param absoluteScaleFloor the predictive scale is at least this, in the series' units, > 0
 */
public record BocpdParams(
        double hazardLambda,
        int maxRunLengths,
        int minPoints,
        double threshold,
        double priorKappa,
        double priorAlpha,
        double priorHalfLife,
        double relativeScaleFloor,
        double absoluteScaleFloor) {

    public BocpdParams {
        if (!(hazardLambda > 1 && Double.isFinite(hazardLambda))) {
            throw new IllegalArgumentException("hazardLambda must be finite and > 1, was " + hazardLambda);
        }
        if (maxRunLengths < 2 || maxRunLengths > 10_000) {
            throw new IllegalArgumentException("maxRunLengths must be in [2, 10000], was " + maxRunLengths);
        }
        if (minPoints < 2) {
            throw new IllegalArgumentException("minPoints must be >= 2, was " + minPoints);
        }
        requirePositive("threshold", threshold);
        requirePositive("priorKappa", priorKappa);
        requirePositive("priorAlpha", priorAlpha);
        requirePositive("priorHalfLife", priorHalfLife);
        if (!(relativeScaleFloor >= 0 && Double.isFinite(relativeScaleFloor))) {
            throw new IllegalArgumentException("relativeScaleFloor must be finite and >= 0, was " + relativeScaleFloor);
        }
        requirePositive("absoluteScaleFloor", absoluteScaleFloor);
    }

    private static void requirePositive(String field, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(field + " must be finite and > 0, was " + value);
        }
    }

    /** A change every 1000 points on average, 30 hypotheses, a 5-sigma tail to flag. */
    public static BocpdParams defaults() {
        return new BocpdParams(1000, 30, 10, 5.0, 1.0, 10.0, 500, 0.001, 1e-6);
    }
}
