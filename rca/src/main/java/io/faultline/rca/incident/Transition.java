package io.faultline.rca.incident;

import io.faultline.rca.IncidentStatus;

/**
 * One step on an incident's timeline: when it happened, the status before ({@code null} for the
 * opening entry) and after, why, and who did it ({@link #SYSTEM} for the correlator's own moves,
 * else the user or token name). Automatic steps carry data time; human steps the time of the
 * clock the caller injected.
 */
public record Transition(long atMs, IncidentStatus from, IncidentStatus to, String cause, String actor) {

    /** The actor of every automatic transition. */
    public static final String SYSTEM = "system";

    public Transition {
        if (to == null) {
            throw new IllegalArgumentException("transition target status is required");
        }
        if (cause == null || cause.isBlank()) {
            throw new IllegalArgumentException("transition cause is required");
        }
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("transition actor is required");
        }
    }

    /** True for the entry that made the incident visible. */
    public boolean isOpening() {
        return from == null;
    }
}
