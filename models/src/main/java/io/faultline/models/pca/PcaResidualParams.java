package io.faultline.models.pca;

import java.util.List;

/**
 * Parameters of {@link PcaResidualDetector}.
 *
 * @param explainedVariance keep the fewest leading components whose eigenvalues reach this share of
 *                          the total, in (0, 1]
 * @param minStd            floor of each column's standard deviation before standardising, > 0
 * @param minResidualStd    floor of each dimension's training residual scale, > 0
 * @param window            rows in the trailing mean of scores and contributions, >= 1 (1 = none)
 * @param attribution       what a dimension's contribution is: {@code residual} (its standardised PCA
 *                          residual), {@code deviation} (its standardised distance from the training mean)
 *                          or {@code local} (its standardised distance from its own slow running mean)
 *                          or {@code local-absolute} (that distance in the data's own units, for metrics
 *                          already scaled alike, as SMD's min-max scaled columns are) or {@code local-step}
 *                          (that distance over the deviation of the dimension's row-to-row change in
 *                          training: how many usual steps it moved, so a jumpy metric is not blamed for noise)
 * @param localAlpha        smoothing of the running mean of {@code local} attribution, in (0, 1)
 * @param aggregation       how a row's standardised residuals become its score: {@code mean-square} or
 *                          {@code max} (of their absolute values)
 * @param normaliseWindow   when > 0, the score is divided by the mean instantaneous score of the
 *                          previous this-many rows, so that slow drift does not raise every score; 0 = off
 * @param freezeAbove       when > 0, the running mean of {@code local} attribution does not learn a row
 *                          whose instantaneous score (mean squared standardised residual, about 1 on
 *                          training rows) exceeds this, so that a long anomaly keeps being measured from
 *                          the level before it rather than from itself; 0 = off, >= 0
 */
public record PcaResidualParams(double explainedVariance, double minStd, double minResidualStd, int window,
        String attribution, double localAlpha, String aggregation, int normaliseWindow, double freezeAbove) {

    public static final List<String> AGGREGATIONS = List.of("mean-square", "max");

    public static final List<String> ATTRIBUTIONS = List.of("residual", "deviation", "local", "local-absolute",
            "local-step");

    public PcaResidualParams {
        if (!(explainedVariance > 0 && explainedVariance <= 1)) {
            throw new IllegalArgumentException("explainedVariance must be in (0, 1], was " + explainedVariance);
        }
        if (!(minStd > 0 && Double.isFinite(minStd))) {
            throw new IllegalArgumentException("minStd must be finite and > 0, was " + minStd);
        }
        if (!(minResidualStd > 0 && Double.isFinite(minResidualStd))) {
            throw new IllegalArgumentException("minResidualStd must be finite and > 0, was " + minResidualStd);
        }
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, was " + window);
        }
        if (!(localAlpha > 0 && localAlpha < 1)) {
            throw new IllegalArgumentException("localAlpha must be in (0, 1), was " + localAlpha);
        }
        if (!AGGREGATIONS.contains(aggregation)) {
            throw new IllegalArgumentException("aggregation must be one of " + AGGREGATIONS + ", was " + aggregation);
        }
        if (normaliseWindow < 0) {
            throw new IllegalArgumentException("normaliseWindow must be >= 0, was " + normaliseWindow);
        }
        if (!(freezeAbove >= 0 && Double.isFinite(freezeAbove))) {
            throw new IllegalArgumentException("freezeAbove must be finite and >= 0, was " + freezeAbove);
        }
        if (!ATTRIBUTIONS.contains(attribution)) {
            throw new IllegalArgumentException("attribution must be one of " + ATTRIBUTIONS + ", was " + attribution);
        }
    }

    /** 95% of the variance, a 30-row mean of scores, blame by distance from a running mean (best on the 6 SMD machines here). */
    public static PcaResidualParams defaults() {
        return new PcaResidualParams(0.95, 0.01, 0.01, 30, "local", 0.05, "mean-square", 0, 0);
    }
}
