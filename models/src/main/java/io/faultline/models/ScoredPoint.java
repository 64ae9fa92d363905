package io.faultline.models;

/**
 * The verdict on one observation: what was seen, what was expected with its band, an anomaly
 * score (0 = normal; the detector's threshold maps to {@code anomalous}) and the flag.
 * While a scorer is still warming up, expected and bounds are NaN and the score is 0.
 */
public record ScoredPoint(
        long timestampMs,
        double observed,
        double expected,
        double lower,
        double upper,
        double score,
        boolean anomalous) {

    public static ScoredPoint warmingUp(long timestampMs, double observed) {
        return new ScoredPoint(timestampMs, observed, Double.NaN, Double.NaN, Double.NaN, 0.0, false);
    }
}
