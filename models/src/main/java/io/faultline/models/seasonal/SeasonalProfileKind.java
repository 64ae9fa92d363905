package io.faultline.models.seasonal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which profile a {@link SeasonalProfileDetector} keeps, and how a timestamp maps to its slot (UTC). */
public enum SeasonalProfileKind {
    /** 24 slots, one per hour of the day. */
    @JsonProperty("hour-of-day")
    HOUR_OF_DAY,
    /** 168 slots, one per hour of the week from Monday 00:00, with the hour-of-day profile as fallback. */
    @JsonProperty("hour-of-week")
    HOUR_OF_WEEK;

    static final int HOURS_PER_DAY = 24;
    static final int HOURS_PER_WEEK = 168;
    private static final long HOUR_MS = 3_600_000L;
    /** 1970-01-01 was a Thursday: hour 0 of the epoch is hour 72 of its Monday-based week. */
    private static final long EPOCH_HOUR_OF_WEEK = 72;

    static int hourOfDay(long timestampMs) {
        return (int) Math.floorMod(Math.floorDiv(timestampMs, HOUR_MS), (long) HOURS_PER_DAY);
    }

    static int hourOfWeek(long timestampMs) {
        return (int) Math.floorMod(Math.floorDiv(timestampMs, HOUR_MS) + EPOCH_HOUR_OF_WEEK, (long) HOURS_PER_WEEK);
    }

    /** How many hour-of-week slots this profile keeps: 0 or 168. */
    int weekSlots() {
        return this == HOUR_OF_WEEK ? HOURS_PER_WEEK : 0;
    }
}
