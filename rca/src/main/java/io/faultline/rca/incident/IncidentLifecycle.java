package io.faultline.rca.incident;

import io.faultline.rca.IncidentStatus;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The incident state machine: open -> acknowledged -> mitigating -> resolved, where steps may be
 * skipped forward (an open incident may be resolved at once), and resolved -> open is the only
 * way back (a reopen, by flap damping or by hand). A status never moves to itself. Pure: no I/O,
 * no clock; the caller supplies the time of each transition.
 */
public final class IncidentLifecycle {
    private static final Map<IncidentStatus, Set<IncidentStatus>> ALLOWED = new EnumMap<>(IncidentStatus.class);

    static {
        ALLOWED.put(IncidentStatus.OPEN, EnumSet.of(IncidentStatus.ACKNOWLEDGED, IncidentStatus.MITIGATING, IncidentStatus.RESOLVED));
        ALLOWED.put(IncidentStatus.ACKNOWLEDGED, EnumSet.of(IncidentStatus.MITIGATING, IncidentStatus.RESOLVED));
        ALLOWED.put(IncidentStatus.MITIGATING, EnumSet.of(IncidentStatus.RESOLVED));
        ALLOWED.put(IncidentStatus.RESOLVED, EnumSet.of(IncidentStatus.OPEN));
    }

    private IncidentLifecycle() {
    }

    /** Whether {@code from -> to} is a step of the lifecycle. */
    public static boolean allowed(IncidentStatus from, IncidentStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** The statuses reachable in one step from {@code from}, in lifecycle order. */
    public static Set<IncidentStatus> allowedFrom(IncidentStatus from) {
        return EnumSet.copyOf(ALLOWED.get(from));
    }

    /**
     * The timeline entry of moving incident {@code id} from {@code from} to {@code to}.
     *
     * @throws IllegalTransitionException when the lifecycle does not allow that step
     */
    public static Transition step(String id, IncidentStatus from, IncidentStatus to, long atMs, String cause, String actor) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("both statuses of a transition are required");
        }
        if (!allowed(from, to)) {
            throw new IllegalTransitionException(id, from, to);
        }
        return new Transition(atMs, from, to, cause, actor);
    }

    /** The first timeline entry of an incident: it became visible. */
    public static Transition opening(long atMs, String cause) {
        return new Transition(atMs, null, IncidentStatus.OPEN, cause, Transition.SYSTEM);
    }
}
