package io.faultline.rca.incident;

import io.faultline.rca.Anomaly;
import io.faultline.rca.Incident;
import io.faultline.rca.IncidentStatus;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RecoveryAction;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.topology.GraphPaths;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups anomalies into incidents by time and by proximity in the service graph, in the spirit of
 * the alert grouping in MicroRCA (Wu et al., NOMS 2020) and of most AIOps pipelines.
 *
 * <p>An anomaly joins an open incident when (time) its span overlaps the incident's span
 * (earliest onset to latest anomaly end) widened by {@code joinWindowMs} on both sides and
 * (place) its component is within {@code maxHops} undirected hops of a component already in the
 * incident. The place test is skipped when the anomaly's component, or every component of the
 * incident, is outside the graph: those join by time alone. When several incidents qualify the
 * nearest wins, then the most recently active, then the oldest. A new run of the same series with
 * the same onset replaces the earlier version of that run wherever it is.
 *
 * <p>An incident is visible (returned by any method) once it has {@code minAnomalies} anomalies
 * on {@code minComponents} distinct components, or one anomaly has lasted {@code sustainedMs};
 * until then it is a silent candidate. Its lifecycle follows {@link IncidentLifecycle}: it
 * auto-resolves when {@link #advanceTo(long)} reaches {@code quietMs} after its latest anomaly
 * end (its {@code resolvedAtMs} is that instant, 0 until resolved), whatever its status; people
 * move it with {@link #transition}. Flap damping: an anomaly that would join a resolved incident
 * (same time and place tests, measured from the resolution) within {@code reopenWindowMs} of its
 * resolution reopens it rather than starting a new incident. Every step goes on the incident's
 * timeline ({@link #timeline(String)}) and to the {@link IncidentListener}s.
 *
 * <p>Time is data time only: the highest anomaly end or {@code advanceTo} argument seen; it never
 * goes back. Human transitions carry the caller's time on the timeline. Ids are
 * {@code inc-<onset of the first anomaly>-<sequence number>}, so the same input in the same
 * order gives the same ids.
 *
 * <p>Thread-safe: every public method is {@code synchronized} on the correlator and every
 * returned {@link Incident} is an immutable snapshot, so HTTP threads and the ingest pipeline may
 * share one instance. Calls are short (no I/O), so contention stays low at pipeline rates.
 */
public final class IncidentCorrelator {
    private final GraphPaths paths;
    private final ServiceGraph graph;
    private final IncidentCorrelatorParams params;
    private final List<OpenIncident> open = new ArrayList<>();
    private final Map<OpenIncident.RunKey, OpenIncident> byRun = new HashMap<>();
    private final Deque<OpenIncident> resolved = new ArrayDeque<>(); // newest first
    private final ListenerFanout listeners = new ListenerFanout();
    private long seq;
    private long nowMs = Long.MIN_VALUE;

    /** Hop "distances" of an anomaly that can only join by time, and of one the graph cannot reach. */
    private static final int TIME_ONLY = Integer.MAX_VALUE - 1;
    private static final int UNREACHABLE = Integer.MAX_VALUE;

    public IncidentCorrelator(ServiceGraph graph, IncidentCorrelatorParams params) {
        if (graph == null || params == null) {
            throw new IllegalArgumentException("graph and params are required");
        }
        this.graph = graph;
        this.paths = new GraphPaths(graph);
        this.params = params;
    }

    /** Adds a listener told about every later lifecycle step (see {@link IncidentListener}). */
    public void addListener(IncidentListener listener) {
        listeners.add(listener);
    }

    /**
     * Adds a new anomaly or a newer version of a run already seen (as emitted by
     * {@link AnomalyTracker}).
     *
     * @return the incident it is now part of, when that incident is visible
     */
    public synchronized Optional<Incident> accept(Anomaly anomaly) {
        nowMs = Math.max(nowMs, anomaly.endMs());
        OpenIncident.RunKey key = OpenIncident.RunKey.of(anomaly);
        OpenIncident target = byRun.get(key);
        if (target == null) {
            target = bestMatch(anomaly);
        }
        OpenIncident reopened = null;
        if (target == null) {
            target = reopened = flapMatch(anomaly);
        }
        if (target == null) {
            target = new OpenIncident("inc-" + anomaly.onsetMs() + "-" + (++seq));
            open.add(target);
        }
        target.put(anomaly, nowMs);
        byRun.put(key, target);
        if (reopened != null) {
            long after = nowMs - reopened.resolvedAtMs;
            reopen(reopened, nowMs, "flap damping: anomaly on " + describe(anomaly) + " returned "
                    + (after / 1000) + " s after the incident resolved", Transition.SYSTEM);
        }
        boolean visible = target.visible(params);
        if (visible && !target.announced) {
            target.announced = true;
            record(target, IncidentLifecycle.opening(nowMs, target.anomalies.size() + " anomalies on "
                    + target.componentCount() + " components"
                    + (target.anomalies.size() < params.minAnomalies() ? " (one sustained)" : "")));
        }
        listeners.fire();
        return visible ? Optional.of(target.snapshot()) : Optional.empty();
    }

    private static String describe(Anomaly a) {
        return a.component() != null ? a.component() + " (" + a.series() + ")" : a.series().toString();
    }

    private OpenIncident bestMatch(Anomaly a) {
        OpenIncident best = null;
        int bestHops = Integer.MAX_VALUE;
        for (OpenIncident inc : open) {
            if (a.onsetMs() > inc.latestActivityMs() + params.joinWindowMs()
                    || a.endMs() < inc.openedAtMs() - params.joinWindowMs()) {
                continue;
            }
            int hops = hops(a.component(), inc);
            if (hops > params.maxHops() && hops != TIME_ONLY) {
                continue;
            }
            if (best == null || hops < bestHops
                    || hops == bestHops && inc.latestActivityMs() > best.latestActivityMs()) {
                best = inc;
                bestHops = hops;
            }
        }
        return best;
    }

    /** The most recently resolved incident this anomaly returns to within the reopen window, if any. */
    private OpenIncident flapMatch(Anomaly a) {
        if (params.reopenWindowMs() == 0) {
            return null;
        }
        for (OpenIncident inc : resolved) {
            if (a.endMs() < inc.resolvedAtMs || a.onsetMs() > inc.resolvedAtMs + params.reopenWindowMs()) {
                continue;
            }
            int hops = hops(a.component(), inc);
            if (hops <= params.maxHops() || hops == TIME_ONLY) {
                return inc;
            }
        }
        return null;
    }

    /** Nearest undirected distance to the incident's components, or TIME_ONLY, or UNREACHABLE. */
    private int hops(String component, OpenIncident inc) {
        if (component == null || !graph.contains(component)) {
            return TIME_ONLY;
        }
        boolean anyInGraph = false;
        int min = UNREACHABLE;
        for (Anomaly other : inc.anomalies.values()) {
            if (other.component() == null || !graph.contains(other.component())) {
                continue;
            }
            anyInGraph = true;
            int h = paths.undirectedHops(component, other.component());
            if (h >= 0) {
                min = Math.min(min, h);
            }
        }
        return anyInGraph ? min : TIME_ONLY;
    }

    /**
     * Moves data time forward to {@code timeMs} (earlier times are ignored) and resolves every
     * incident that has been quiet for {@code quietMs}, whatever its status.
     *
     * @return the visible incidents this call resolved, in opening order
     */
    public synchronized List<Incident> advanceTo(long timeMs) {
        nowMs = Math.max(nowMs, timeMs);
        List<Incident> done = new ArrayList<>();
        for (Iterator<OpenIncident> it = open.iterator(); it.hasNext(); ) {
            OpenIncident inc = it.next();
            long quietUntil = inc.quietSinceMs() + params.quietMs();
            if (nowMs < quietUntil) {
                continue;
            }
            it.remove();
            inc.anomalies.keySet().forEach(byRun::remove);
            if (inc.visible(params)) {
                Transition t = IncidentLifecycle.step(inc.id, inc.status, IncidentStatus.RESOLVED, quietUntil,
                        "auto-resolved: no anomaly for " + params.quietMs() / 1000 + " s", Transition.SYSTEM);
                inc.status = IncidentStatus.RESOLVED;
                inc.resolvedAtMs = quietUntil;
                inc.updatedAtMs = quietUntil;
                remember(inc);
                record(inc, t);
                done.add(inc.snapshot());
            }
        }
        listeners.fire();
        return done;
    }

    /**
     * A human step in a visible incident's lifecycle (see {@link IncidentLifecycle}): acknowledge,
     * mitigating, resolve, or reopen a remembered resolved incident. The incident's own times
     * ({@code updatedAtMs}, {@code resolvedAtMs}) stay on data time; the timeline entry carries
     * {@code atMs}, the caller's clock.
     *
     * @return the new snapshot, or empty when no visible incident (active or remembered) has that id
     * @throws IllegalTransitionException when the lifecycle does not allow the step
     */
    public synchronized Optional<Incident> transition(String id, IncidentStatus to, long atMs, String actor, String cause) {
        OpenIncident inc = findOpen(id);
        if (inc == null) {
            inc = findResolved(id);
        }
        if (inc == null) {
            return Optional.empty();
        }
        if (to == IncidentStatus.OPEN) {
            reopen(inc, atMs, cause, actor);
            for (OpenIncident.RunKey k : inc.anomalies.keySet()) {
                byRun.put(k, inc);
            }
        } else {
            Transition t = IncidentLifecycle.step(id, inc.status, to, atMs, cause, actor);
            inc.status = to;
            inc.updatedAtMs = Math.max(inc.updatedAtMs, nowMs);
            if (to == IncidentStatus.RESOLVED) {
                open.remove(inc);
                inc.anomalies.keySet().forEach(byRun::remove);
                inc.resolvedAtMs = inc.updatedAtMs;
                remember(inc);
            }
            record(inc, t);
        }
        listeners.fire();
        return Optional.of(inc.snapshot());
    }

    /** Moves a resolved incident back to open, on the timeline at {@code atMs}. */
    private void reopen(OpenIncident inc, long atMs, String cause, String actor) {
        Transition t = IncidentLifecycle.step(inc.id, inc.status, IncidentStatus.OPEN, atMs, cause, actor);
        resolved.remove(inc);
        open.add(inc);
        inc.status = IncidentStatus.OPEN;
        inc.resolvedAtMs = 0;
        inc.reopenedAtMs = nowMs;
        inc.updatedAtMs = Math.max(inc.updatedAtMs, nowMs);
        record(inc, t);
    }

    /**
     * Records the ranked causes and suggested recoveries for a visible unresolved incident.
     *
     * @return the new snapshot, or empty when no visible unresolved incident has that id
     */
    public synchronized Optional<Incident> attachDiagnosis(String id, List<RankedCause> causes,
                                                           List<RecoveryAction> recoveries) {
        OpenIncident inc = findOpen(id);
        if (inc == null) {
            return Optional.empty();
        }
        inc.causes = List.copyOf(causes);
        inc.recoveries = List.copyOf(recoveries);
        return Optional.of(inc.snapshot());
    }

    /**
     * Puts back an incident saved before a restart, with its timeline, before any anomaly arrives:
     * an unresolved one is active again (later anomalies may join it, and it auto-resolves as
     * usual), a resolved one is remembered (and may be reopened; restore those newest first). Data time moves to its last update,
     * and ids made later do not reuse its sequence number. No listener is told.
     *
     * @throws IllegalArgumentException when an incident with that id is already known
     */
    public synchronized void restore(Incident incident, List<Transition> timeline) {
        if (findOpen(incident.id()) != null || findResolved(incident.id()) != null || incident.anomalies().isEmpty()) {
            throw new IllegalArgumentException("cannot restore incident " + incident.id()
                    + ": it is already known or has no anomalies");
        }
        OpenIncident inc = new OpenIncident(incident.id());
        incident.anomalies().forEach(a -> inc.anomalies.put(OpenIncident.RunKey.of(a), a));
        inc.status = incident.status();
        inc.updatedAtMs = incident.updatedAtMs();
        inc.resolvedAtMs = incident.resolvedAtMs();
        inc.causes = incident.causes();
        inc.recoveries = incident.recoveries();
        inc.timeline.addAll(timeline);
        inc.announced = true;
        timeline.stream().filter(t -> t.to() == IncidentStatus.OPEN && !t.isOpening())
                .forEach(t -> inc.reopenedAtMs = incident.updatedAtMs());
        if (inc.status == IncidentStatus.RESOLVED) {
            resolved.addLast(inc); // the caller restores newest first
            trimHistory();
        } else {
            open.add(inc);
            inc.anomalies.keySet().forEach(k -> byRun.put(k, inc));
        }
        nowMs = Math.max(nowMs, incident.updatedAtMs());
        seq = Math.max(seq, sequenceOf(incident.id()));
    }

    private static long sequenceOf(String id) {
        int dash = id.lastIndexOf('-');
        try {
            return dash < 0 ? 0 : Long.parseLong(id.substring(dash + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Visible unresolved incidents, in opening order. */
    public synchronized List<Incident> active() {
        return open.stream().filter(i -> i.visible(params)).map(OpenIncident::snapshot).toList();
    }

    /** The most recently resolved incidents, newest first, at most {@code resolvedHistory}. */
    public synchronized List<Incident> resolved() {
        return resolved.stream().map(OpenIncident::snapshot).toList();
    }

    /** A visible incident by id, active or among the remembered resolved ones. */
    public synchronized Optional<Incident> find(String id) {
        OpenIncident inc = findOpen(id);
        if (inc == null) {
            inc = findResolved(id);
        }
        return inc == null ? Optional.empty() : Optional.of(inc.snapshot());
    }

    /** The lifecycle steps of a visible incident, active or remembered, oldest first. */
    public synchronized Optional<List<Transition>> timeline(String id) {
        OpenIncident inc = findOpen(id);
        if (inc == null) {
            inc = findResolved(id);
        }
        return inc == null ? Optional.empty() : Optional.of(List.copyOf(inc.timeline));
    }

    /** The data time the correlator has reached: the latest anomaly end or {@code advanceTo} argument. */
    public synchronized long nowMs() {
        return nowMs;
    }

    private OpenIncident findOpen(String id) {
        for (OpenIncident inc : open) {
            if (inc.id.equals(id) && inc.visible(params)) {
                return inc;
            }
        }
        return null;
    }

    private OpenIncident findResolved(String id) {
        for (OpenIncident inc : resolved) {
            if (inc.id.equals(id)) {
                return inc;
            }
        }
        return null;
    }

    private void remember(OpenIncident inc) {
        resolved.addFirst(inc);
        trimHistory();
    }

    private void trimHistory() {
        while (resolved.size() > params.resolvedHistory()) {
            resolved.removeLast();
        }
    }

    private void record(OpenIncident inc, Transition t) {
        inc.timeline.add(t);
        listeners.queue(inc.snapshot(), t);
    }

    /** For tests and diagnostics: ids of all open incidents, visible or not, with their anomaly counts. */
    synchronized Map<String, Integer> candidates() {
        Map<String, Integer> out = new LinkedHashMap<>();
        open.forEach(i -> out.put(i.id, i.anomalies.size()));
        return out;
    }
}
