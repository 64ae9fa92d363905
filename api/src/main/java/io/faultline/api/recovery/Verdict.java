package io.faultline.api.recovery;

/** What was decided about a proposed recovery; every value but EXECUTE means nothing ran. */
public enum Verdict {
    /** All guard rails passed and the action was handed to its executor. */
    EXECUTE,
    /** All guard rails passed, but dry run is on (in the config or the request). */
    DRY_RUN,
    /** The incident has no suggested recovery. */
    NOTHING_SUGGESTED,
    /** The incident is already resolved. */
    INCIDENT_RESOLVED,
    /** No executor is configured for the action's kind (INVESTIGATE never has one). */
    NO_EXECUTOR,
    /** The component and kind are not on {@code recovery.allowList}. */
    NOT_ALLOWED,
    /** The ranking's confidence is below {@code recovery.minConfidence}. */
    LOW_CONFIDENCE,
    /** The component had an action less than {@code recovery.cooldownSeconds} ago. */
    COOLDOWN,
    /** The component had {@code recovery.maxPerComponentPerHour} actions in the last hour. */
    RATE_LIMITED
}
