package io.faultline.training.smd;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Point-wise counts at one threshold, a row being flagged when its score is {@code >= threshold}.
 * Precision is 0 when nothing is flagged, recall 0 when nothing is labelled, and
 * F1 = 2 TP / (2 TP + FP + FN), 0 when that denominator is 0.
 *
 * @param threshold      the threshold the counts belong to
 * @param truePositives  labelled rows flagged
 * @param falsePositives unlabelled rows flagged
 * @param falseNegatives labelled rows not flagged
 */
public record DetectionScore(double threshold, long truePositives, long falsePositives, long falseNegatives) {
    public DetectionScore {
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold must not be NaN");
        }
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were tp=" + truePositives + " fp="
                    + falsePositives + " fn=" + falseNegatives);
        }
    }

    @JsonProperty
    public double precision() {
        long flagged = truePositives + falsePositives;
        return flagged == 0 ? 0 : (double) truePositives / flagged;
    }

    @JsonProperty
    public double recall() {
        long labelled = truePositives + falseNegatives;
        return labelled == 0 ? 0 : (double) truePositives / labelled;
    }

    @JsonProperty
    public double f1() {
        long denominator = 2 * truePositives + falsePositives + falseNegatives;
        return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
    }
}
