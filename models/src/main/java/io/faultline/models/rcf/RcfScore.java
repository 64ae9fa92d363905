package io.faultline.models.rcf;

import com.amazon.randomcutforest.parkservices.AnomalyDescriptor;

/**
 * Turns the library's verdict into a score whose threshold is 1: a point the thresholder grades
 * (anomaly grade &gt; 0) scores 1 + its RCF score over the current threshold; any other point scores
 * that ratio capped at 1. So {@code score > 1} exactly when the point is anomalous, graded points
 * rank by how far they exceed the threshold, and the rest rank by how close they come to it.
 *
 * <p>On NAB this ordering did better than the raw RCF score, the ratio alone or the grade alone
 * (the thresholder suppresses the continuation of an anomaly, which NAB rewards, while the ratio
 * keeps the ranking the grade lacks).
 */
final class RcfScore {
    private RcfScore() {
    }

    static double of(AnomalyDescriptor d) {
        double threshold = d.getThreshold();
        double ratio = threshold > 0 ? d.getRCFScore() / threshold : 0.0;
        return d.getAnomalyGrade() > 0 ? Math.max(1.0 + ratio, Math.nextUp(1.0)) : Math.min(ratio, 1.0);
    }
}
