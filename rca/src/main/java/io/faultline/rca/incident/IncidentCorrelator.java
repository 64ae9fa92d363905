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
 * until then it is a silent candidate. It resolves
 * when {@link #advanceTo(long)} reaches {@code quietMs} after its latest anomaly end; its
 * {@code resolvedAtMs} is that instant (0 until resolved). Time is data time only: the highest
 * anomaly end or {@code advanceTo} argument seen; it never goes back. Ids are
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
    private final Deque<Incident> resolved = new ArrayDeque<>();
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
        if (target == null) {
            target = new OpenIncident("inc-" + anomaly.onsetMs() + "-" + (++seq));
            open.add(target);
        }
        target.put(anomaly, nowMs);
        byRun.put(key, target);
        return target.visible(params) ? Optional.of(target.snapshot()) : Optional.empty();
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
     * incident that has been quiet for {@code quietMs}.
     *
     * @return the visible incidents this call resolved, in opening order
     */
    public synchronized List<Incident> advanceTo(long timeMs) {
        nowMs = Math.max(nowMs, timeMs);
        List<Incident> done = new ArrayList<>();
        for (Iterator<OpenIncident> it = open.iterator(); it.hasNext(); ) {
            OpenIncident inc = it.next();
            long quietUntil = inc.latestActivityMs() + params.quietMs();
            if (nowMs < quietUntil) {
                continue;
            }
            it.remove();
            inc.anomalies.keySet().forEach(byRun::remove);
            if (inc.visible(params)) {
                inc.status = IncidentStatus.RESOLVED;
                inc.resolvedAtMs = quietUntil;
                inc.updatedAtMs = quietUntil;
                Incident snapshot = inc.snapshot();
                remember(snapshot);
                done.add(snapshot);
            }
        }
        return done;
    }

    /**
     * Moves a visible incident forward in its lifecycle (open -> acknowledged -> mitigating ->
     * resolved; steps may be skipped, never undone). Resolving by hand stamps the current data time.
     *
     * @return the new snapshot, or empty when no visible unresolved incident has that id
     * @throws IllegalStateException when {@code to} is earlier in the lifecycle than the current status
     */
    public synchronized Optional<Incident> transition(String id, IncidentStatus to) {
        OpenIncident inc = findOpen(id);
        if (inc == null) {
            return Optional.empty();
        }
        if (to.ordinal() < inc.status.ordinal()) {
            throw new IllegalStateException("incident " + id + " is " + inc.status + " and cannot go back to " + to);
        }
        inc.status = to;
        inc.updatedAtMs = Math.max(inc.updatedAtMs, nowMs);
        if (to == IncidentStatus.RESOLVED) {
            open.remove(inc);
            inc.anomalies.keySet().forEach(byRun::remove);
            inc.resolvedAtMs = inc.updatedAtMs;
            remember(inc.snapshot());
        }
        return Optional.of(inc.snapshot());
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

    /** Visible unresolved incidents, in opening order. */
    public synchronized List<Incident> active() {
        return open.stream().filter(i -> i.visible(params)).map(OpenIncident::snapshot).toList();
    }

    /** The most recently resolved incidents, newest first, at most {@code resolvedHistory}. */
    public synchronized List<Incident> resolved() {
        return List.copyOf(resolved);
    }

    /** A visible incident by id, active or among the remembered resolved ones. */
    public synchronized Optional<Incident> find(String id) {
        OpenIncident inc = findOpen(id);
        if (inc != null) {
            return Optional.of(inc.snapshot());
        }
        return resolved.stream().filter(i -> i.id().equals(id)).findFirst();
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

    private void remember(Incident snapshot) {
        if (params.resolvedHistory() == 0) {
            return;
        }
        resolved.addFirst(snapshot);
        while (resolved.size() > params.resolvedHistory()) {
            resolved.removeLast();
        }
    }

    /** For tests and diagnostics: ids of all open incidents, visible or not, with their anomaly counts. */
    synchronized Map<String, Integer> candidates() {
        Map<String, Integer> out = new LinkedHashMap<>();
        open.forEach(i -> out.put(i.id, i.anomalies.size()));
        return out;
    }
}
