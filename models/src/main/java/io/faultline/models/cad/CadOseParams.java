package io.faultline.models.cad;

/**
 * Parameters of {@link CadOseDetector}. The first five are CAD-OSE's own, with its defaults; NAB
 * passes each file's minimum and maximum and a rest period of a fifth of the file's probation, which
 * an online detector cannot know, so the range is learned from the first {@code rangeWarmUp} points.
 *
 * @param baseThreshold            a raw score at or above this mutes the next restPeriod scores, in (0, 1]
 * @param restPeriod               points muted after such a score (NAB: probation / 5, 150 for its
 *                                 longer files), >= 1
 * @param maxLeftSemiContextLength candidate contexts with more left facts are not stored (CAD-OSE: 7), >= 1
 * @param maxActiveNeurons         most active contexts fed back as facts (CAD-OSE: 15), >= 1
 * @param bits                     binary digits of a quantised value inside the range (CAD-OSE: 3), in [1, 16]
 * @param rangeWarmUp              points whose minimum and maximum set the range; they are learned,
 *                                 not scored, >= 2
 * @param rangeMargin              the learned range is widened by this share of its width on each side,
 *                                 in [0, 10]
 * @param expandRange              a value beyond the range widens it (by the margin too) for the values after it
 * @param threshold                a point is flagged anomalous when its score is at least this, in (0, 1]
 */
public record CadOseParams(
        double baseThreshold,
        int restPeriod,
        int maxLeftSemiContextLength,
        int maxActiveNeurons,
        int bits,
        int rangeWarmUp,
        double rangeMargin,
        boolean expandRange,
        double threshold) {

    public CadOseParams {
        if (!(baseThreshold > 0 && baseThreshold <= 1)) {
            throw new IllegalArgumentException("baseThreshold must be in (0, 1], was " + baseThreshold);
        }
        if (restPeriod < 1) {
            throw new IllegalArgumentException("restPeriod must be >= 1, was " + restPeriod);
        }
        if (maxLeftSemiContextLength < 1) {
            throw new IllegalArgumentException("maxLeftSemiContextLength must be >= 1, was " + maxLeftSemiContextLength);
        }
        if (maxActiveNeurons < 1) {
            throw new IllegalArgumentException("maxActiveNeurons must be >= 1, was " + maxActiveNeurons);
        }
        if (bits < 1 || bits > 16) {
            throw new IllegalArgumentException("bits must be in [1, 16], was " + bits);
        }
        if (rangeWarmUp < 2) {
            throw new IllegalArgumentException("rangeWarmUp must be >= 2, was " + rangeWarmUp);
        }
        if (!(rangeMargin >= 0 && rangeMargin <= 10)) {
            throw new IllegalArgumentException("rangeMargin must be in [0, 10], was " + rangeMargin);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
    }

    public static CadOseParams defaults() {
        return new CadOseParams(0.75, 150, 7, 15, 3, 150, 0.1, true, 0.75);
    }

    /** The core for a known range. */
    CadOseCore core(double min, double max) {
        return new CadOseCore(min, max, bits, baseThreshold, restPeriod, maxLeftSemiContextLength, maxActiveNeurons);
    }
}
