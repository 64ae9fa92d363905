package io.faultline.models.likelihood;

import java.util.List;

/**
 * What an {@link AnomalyLikelihoodDetector} learned: its fitted bases, one calibrator per base, the
 * range of values seen (meaningless while {@code valuesSeen} is 0) and the points still suppressed.
 */
public record AnomalyLikelihoodState(List<SavedBase> bases, List<CalibratorState> calibrators, long valuesSeen,
        double min, double max, int suppressLeft) {

    public AnomalyLikelihoodState {
        if (bases == null || calibrators == null || bases.size() != calibrators.size() || bases.isEmpty()) {
            throw new IllegalArgumentException("one calibrator per base is required, had "
                    + (bases == null ? "no" : bases.size()) + " bases and "
                    + (calibrators == null ? "no" : calibrators.size()) + " calibrators");
        }
        bases = List.copyOf(bases);
        calibrators = List.copyOf(calibrators);
        if (valuesSeen < 0 || suppressLeft < 0) {
            throw new IllegalArgumentException("valuesSeen and suppressLeft must be >= 0, were " + valuesSeen
                    + " and " + suppressLeft);
        }
        if (!(Double.isFinite(min) && Double.isFinite(max) && min <= max)) {
            throw new IllegalArgumentException("min and max must be finite with min <= max, were " + min + " and " + max);
        }
    }
}
