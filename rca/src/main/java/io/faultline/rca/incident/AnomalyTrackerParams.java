package io.faultline.rca.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How {@link AnomalyTracker} debounces flags. A run opens on an anomalous point when at least
 * {@code confirmCount} of the last {@code confirmWindow} points (that one included) are
 * anomalous, and ends after {@code endAfterNormal} consecutive normal points. Bound from JSON/YAML
 * with Jackson; a missing key takes its default from {@link #DEFAULTS}.
 *
 * @param confirmCount   anomalous points needed within the window to open a run, 1..confirmWindow
 * @param confirmWindow  how many recent points the confirmation looks at, 1..1000
 * @param endAfterNormal consecutive normal points that end a run, >= 1
 */
public record AnomalyTrackerParams(int confirmCount, int confirmWindow, int endAfterNormal) {

    /** Two of the last three points open a run (a single blip does not); three normal points end it. */
    public static final AnomalyTrackerParams DEFAULTS = new AnomalyTrackerParams(2, 3, 3);

    /** Every flagged point opens a run at once. */
    public static final AnomalyTrackerParams IMMEDIATE = new AnomalyTrackerParams(1, 1, 1);

    public AnomalyTrackerParams {
        if (confirmWindow < 1 || confirmWindow > 1000) {
            throw new IllegalArgumentException("confirmWindow must be in 1..1000, was " + confirmWindow);
        }
        if (confirmCount < 1 || confirmCount > confirmWindow) {
            throw new IllegalArgumentException("confirmCount must be in 1..confirmWindow (" + confirmWindow
                    + "), was " + confirmCount);
        }
        if (endAfterNormal < 1) {
            throw new IllegalArgumentException("endAfterNormal must be >= 1, was " + endAfterNormal);
        }
    }

    @JsonCreator
    static AnomalyTrackerParams fromJson(
            @JsonProperty("confirmCount") Integer confirmCount,
            @JsonProperty("confirmWindow") Integer confirmWindow,
            @JsonProperty("endAfterNormal") Integer endAfterNormal) {
        return new AnomalyTrackerParams(
                confirmCount == null ? DEFAULTS.confirmCount : confirmCount,
                confirmWindow == null ? DEFAULTS.confirmWindow : confirmWindow,
                endAfterNormal == null ? DEFAULTS.endAfterNormal : endAfterNormal);
    }
}
