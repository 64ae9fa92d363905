package io.faultline.models.likelihood;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/**
 * Parameters of {@link AnomalyLikelihoodDetector}.
 *
 * @param bases              the raw scorers, each calibrated on its own; the output is the largest of
 *                           their calibrated scores; at least one, the first gives the expected band
 * @param input              how a raw score is mapped before calibration: raw, log1p or unit
 * @param averagingWindow    raw scores averaged into the short-term mean (NuPIC: 10), in [1, 1000]
 * @param learningPeriod     base scores ignored at the start while the base settles (NuPIC: half of
 *                           NAB's probation), >= 0
 * @param estimationSamples  averaged scores collected before the first Gaussian is fitted, >= 10
 * @param historicWindow     the Gaussian is fitted on at most this many latest averaged scores
 *                           (NuPIC: 8640), >= estimationSamples
 * @param reestimationPeriod points between refits of the Gaussian (NuPIC: 100), >= 1
 * @param minMean            the fitted mean is at least this (NuPIC: 0.03 for scores in [0, 1]), >= 0
 * @param minStd             the fitted standard deviation is at least this (NuPIC: sqrt(0.0003)), > 0
 * @param tailFloor          added to the tail probability before its -log10 is taken, so the score is
 *                           at most -log10(tailFloor) (NuPIC: 1e-10), in (0, 0.1)
 * @param spatialTolerance   a value beyond the range seen so far, widened by this share of it, scores the
 *                           maximum (NuPIC's NAB detector: 0.05); 0 turns it off, in [0, 10]
 * @param suppressFor        after a score at or above the threshold, this many following points score
 *                           0, so that one event raises one alarm; 0 turns it off, >= 0
 * @param threshold          anomalous when the score exceeds this, i.e. the tail probability is below
 *                           10^-threshold (NuPIC's red: 5), > 0
 */
public record AnomalyLikelihoodParams(
        List<BaseDetectorSpec> bases,
        String input,
        int averagingWindow,
        int learningPeriod,
        int estimationSamples,
        int historicWindow,
        int reestimationPeriod,
        double minMean,
        double minStd,
        double tailFloor,
        double spatialTolerance,
        int suppressFor,
        double threshold) {

    public AnomalyLikelihoodParams {
        if (bases == null || bases.isEmpty()) {
            throw new IllegalArgumentException("bases must name at least one detector, was " + bases);
        }
        bases = List.copyOf(bases);
        for (BaseDetectorSpec b : bases) {
            if (AnomalyLikelihoodDetector.NAME.equals(b.detector())) {
                throw new IllegalArgumentException("bases must not include '" + AnomalyLikelihoodDetector.NAME + "' itself");
            }
        }
        ScoreInput.of(input);
        if (averagingWindow < 1 || averagingWindow > 1000) {
            throw new IllegalArgumentException("averagingWindow must be in [1, 1000], was " + averagingWindow);
        }
        if (learningPeriod < 0) {
            throw new IllegalArgumentException("learningPeriod must be >= 0, was " + learningPeriod);
        }
        if (estimationSamples < 10) {
            throw new IllegalArgumentException("estimationSamples must be >= 10, was " + estimationSamples);
        }
        if (historicWindow < estimationSamples) {
            throw new IllegalArgumentException("historicWindow must be >= estimationSamples (" + estimationSamples
                    + "), was " + historicWindow);
        }
        if (reestimationPeriod < 1) {
            throw new IllegalArgumentException("reestimationPeriod must be >= 1, was " + reestimationPeriod);
        }
        if (!(minMean >= 0 && Double.isFinite(minMean))) {
            throw new IllegalArgumentException("minMean must be finite and >= 0, was " + minMean);
        }
        if (!(minStd > 0 && Double.isFinite(minStd))) {
            throw new IllegalArgumentException("minStd must be finite and > 0, was " + minStd);
        }
        if (!(tailFloor > 0 && tailFloor < 0.1)) {
            throw new IllegalArgumentException("tailFloor must be in (0, 0.1), was " + tailFloor);
        }
        if (!(spatialTolerance >= 0 && spatialTolerance <= 10)) {
            throw new IllegalArgumentException("spatialTolerance must be in [0, 10], was " + spatialTolerance);
        }
        if (suppressFor < 0) {
            throw new IllegalArgumentException("suppressFor must be >= 0, was " + suppressFor);
        }
        if (!(threshold > 0 && Double.isFinite(threshold))) {
            throw new IllegalArgumentException("threshold must be finite and > 0, was " + threshold);
        }
    }

    /** The highest score: the tail floor's -log10. */
    public double maxScore() {
        return -Math.log10(tailFloor);
    }

    /**
     * NuPIC's likelihood over two bases, a Random Cut Forest and CAD-OSE, each calibrated on its own
     * ln(1 + score) and the larger taken; short-term mean of 5, learning and first fit after 150 points
     * each, NAB's spatial check, 150 points muted after an alarm: one setting for the whole NAB corpus
     * (62.52 / 48.28 / 69.01 there; over the forest alone 61.28 / 47.46 / 67.61).
     */
    public static AnomalyLikelihoodParams defaults() {
        return new AnomalyLikelihoodParams(
                List.of(new BaseDetectorSpec("rcf", JsonNodeFactory.instance.objectNode()),
                        new BaseDetectorSpec("cad-ose", JsonNodeFactory.instance.objectNode())),
                "log1p", 5, 150, 150, 8640, 100, 0.03, Math.sqrt(0.0003), 1e-10, 0.05, 150, 5.0);
    }
}
