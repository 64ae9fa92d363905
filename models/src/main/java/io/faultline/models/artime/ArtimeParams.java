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
 * @param restartWidening when a widening grows the range's width by more than this share, the core is
 *                    rebuilt on the new range from the last {@code probation} values instead of mapping
 *                    its state; 0 never rebuilds, >= 0
 * @param spatialTolerance a value beyond the smallest and largest values seen so far, widened by this
 *                    share of their spread, scores 1 (NuPIC's NAB detector's spatial check: 0.05);
 *                    0 turns it off, in [0, 10]
 * @param spatialMute after a spatial-check alarm, this many points are not checked, so that a climb
 *                    to new extremes raises one alarm, not one per step; >= 0
 * @param threshold   a point is flagged anomalous when its score is at least this, in (0, 1]
 */
public record ArtimeParams(int probation, double rangeMargin, boolean expandRange, double restartWidening,
        double spatialTolerance,
        int spatialMute,
        double threshold) {

    public ArtimeParams {
        if (probation < 32) {
            throw new IllegalArgumentException("probation must be >= 32, was " + probation);
        }
        if (!(rangeMargin >= 0 && rangeMargin <= 10)) {
            throw new IllegalArgumentException("rangeMargin must be in [0, 10], was " + rangeMargin);
        }
        if (!(restartWidening >= 0 && Double.isFinite(restartWidening))) {
            throw new IllegalArgumentException("restartWidening must be finite and >= 0, was " + restartWidening);
        }
        if (!(spatialTolerance >= 0 && spatialTolerance <= 10)) {
            throw new IllegalArgumentException("spatialTolerance must be in [0, 10], was " + spatialTolerance);
        }
        if (spatialMute < 0) {
            throw new IllegalArgumentException("spatialMute must be >= 0, was " + spatialMute);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
    }

    public static ArtimeParams defaults() {
        return new ArtimeParams(480, 0.1, true, 1.0, 0.05, 0, 0.3);
    }
}
