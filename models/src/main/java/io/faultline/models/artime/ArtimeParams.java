package io.faultline.models.artime;

/**
 * Parameters of {@link ArtimeDetector}. ARTime's own constants (window 8, 80 levels, 13 windows per
 * probation, initial vigilance 0.8) are fixed; what NAB gives it per file (the file's minimum, maximum
 * and length) an online detector cannot know, so the probation is one count of points for every series
 * and the range is learned from it.
 *
 * @param probation   points learned before any is scored; they set the range and the downsampling
 *                    step (probation / 104, at least 1), >= 32
 * @param rangeMargin the probation's range is widened by this share of its width on each side, in [0, 10]
 * @param expandRange a value beyond the range widens it (by the margin too) and maps what was learned
 *                    onto the new range; otherwise such values count as the range's edge
 * @param threshold   a point is flagged anomalous when its score is at least this, in (0, 1]
 */
public record ArtimeParams(int probation, double rangeMargin, boolean expandRange, double threshold) {

    public ArtimeParams {
        if (probation < 32) {
            throw new IllegalArgumentException("probation must be >= 32, was " + probation);
        }
        if (!(rangeMargin >= 0 && rangeMargin <= 10)) {
            throw new IllegalArgumentException("rangeMargin must be in [0, 10], was " + rangeMargin);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
    }

    public static ArtimeParams defaults() {
        return new ArtimeParams(750, 0.1, true, 0.3);
    }
}
