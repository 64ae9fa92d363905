package io.faultline.rca.incident;

import io.faultline.rca.IncidentStatus;

import java.util.Locale;

/** A lifecycle step the state machine does not allow; the message names both statuses. */
public final class IllegalTransitionException extends IllegalStateException {
    private final IncidentStatus from;
    private final IncidentStatus to;

    public IllegalTransitionException(String incidentId, IncidentStatus from, IncidentStatus to) {
        super("incident " + incidentId + " cannot go from " + name(from) + " to " + name(to)
                + (from == to ? ": it already is " + name(to) : "")
                + "; allowed from " + name(from) + ": " + IncidentLifecycle.allowedFrom(from).stream()
                .map(IllegalTransitionException::name).toList());
        this.from = from;
        this.to = to;
    }

    public IncidentStatus from() {
        return from;
    }

    public IncidentStatus to() {
        return to;
    }

    private static String name(IncidentStatus s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}
