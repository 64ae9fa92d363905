package io.faultline.models.rcf;

import java.util.List;

/**
 * Parameters of {@link RcfDetector}, passed to AWS's {@code ThresholdedRandomCutForest}.
 *
 * @param shingleSize     consecutive values per point the forest sees (internal shingling), in [2, 64]
 * @param sampleSize      points each tree samples (reservoir with time decay), in [16, 4096]
 * @param numberOfTrees   trees in the forest, in [1, 500]
 * @param outputAfter     points the forest absorbs before it scores, in [1, sampleSize]
 * @param anomalyRate     the share of points the thresholder expects to be anomalous, in (0, 0.5)
 * @param transformMethod how values are transformed before shingling: one of {@link #TRANSFORMS}
 * @param maxHistory      the forest is fitted on at most this many of the last finite history points, >= 0
 * @param seed            the forest's random seed
 */
public record RcfParams(
        int shingleSize,
        int sampleSize,
        int numberOfTrees,
        int outputAfter,
        double anomalyRate,
        String transformMethod,
        int maxHistory,
        long seed) {

    /** The library's transform methods that suit a univariate stream. */
    public static final List<String> TRANSFORMS = List.of("NONE", "NORMALIZE", "DIFFERENCE", "NORMALIZE_DIFFERENCE",
            "SUBTRACT_MA", "WEIGHTED");

    public RcfParams {
        requireRange("shingleSize", shingleSize, 2, 64);
        requireRange("sampleSize", sampleSize, 16, 4096);
        requireRange("numberOfTrees", numberOfTrees, 1, 500);
        requireRange("outputAfter", outputAfter, 1, sampleSize);
        if (!(anomalyRate > 0 && anomalyRate < 0.5)) {
            throw new IllegalArgumentException("anomalyRate must be in (0, 0.5), was " + anomalyRate);
        }
        if (!TRANSFORMS.contains(transformMethod)) {
            throw new IllegalArgumentException("transformMethod must be one of " + TRANSFORMS + ", was " + transformMethod);
        }
        if (maxHistory < 0) {
            throw new IllegalArgumentException("maxHistory must be >= 0, was " + maxHistory);
        }
    }

    private static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be in [" + min + ", " + max + "], was " + value);
        }
    }

    /** Shingles of 8 raw values (no transform: it scored best on NAB), 256 samples, 50 trees, a fixed seed. */
    public static RcfParams defaults() {
        return new RcfParams(8, 256, 50, 64, 0.005, "NONE", 10_000, 42L);
    }
}
