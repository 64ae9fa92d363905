package io.faultline.api.incident;

import io.faultline.rca.Incident;
import io.faultline.rca.IncidentStatus;
import io.faultline.rca.incident.IncidentCorrelator;
import io.faultline.rca.incident.IncidentListener;
import io.faultline.rca.incident.Transition;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the repository in step with the live correlator: every lifecycle step is written with the
 * snapshot it produced (as an {@link IncidentListener}), and after each scored batch the active
 * incidents that changed (new anomalies, a new diagnosis) are written too. On startup
 * {@link #restoreInto} puts the saved incidents back into a fresh correlator. Thread-safe.
 */
public final class IncidentJournal implements IncidentListener {
    private final IncidentRepository repository;
    private final Map<String, Incident> lastSaved = new HashMap<>();
    private final Map<String, Long> byTarget = new TreeMap<>();
    private long autoResolved;
    private long flapReopened;
    private long snapshotsWritten;

    /**
     * Counters since start, for {@code /metrics}: transitions by target status ({@code open} counts
     * openings and reopenings), the resolutions and reopenings the system made on its own, and
     * snapshot writes.
     */
    public record Stats(Map<String, Long> transitionsByTarget, long autoResolved, long flapReopened, long snapshotsWritten) {
        public Stats {
            transitionsByTarget = Map.copyOf(transitionsByTarget);
        }
    }

    public IncidentJournal(IncidentRepository repository) {
        this.repository = repository;
    }

    @Override
    public synchronized void onTransition(Incident incident, Transition transition) {
        repository.save(incident);
        repository.append(incident.id(), transition);
        lastSaved.put(incident.id(), incident);
        snapshotsWritten++;
        byTarget.merge(transition.to().name().toLowerCase(Locale.ROOT), 1L, Long::sum);
        if (Transition.SYSTEM.equals(transition.actor()) && transition.from() != null) {
            if (transition.to() == IncidentStatus.RESOLVED) {
                autoResolved++;
            } else if (transition.to() == IncidentStatus.OPEN) {
                flapReopened++;
            }
        }
    }

    public synchronized Stats stats() {
        return new Stats(byTarget, autoResolved, flapReopened, snapshotsWritten);
    }

    /** Writes the incidents whose snapshot differs from the one last written. */
    public synchronized void saveChanged(List<Incident> active) {
        for (Incident incident : active) {
            if (!incident.equals(lastSaved.get(incident.id()))) {
                repository.save(incident);
                lastSaved.put(incident.id(), incident);
                snapshotsWritten++;
            }
        }
        lastSaved.keySet().retainAll(active.stream().map(Incident::id).toList());
    }

    /**
     * Restores the unresolved incidents and the latest {@code resolvedHistory} resolved ones into a
     * correlator that has seen nothing yet, then listens to it.
     *
     * @return how many incidents were restored
     */
    public synchronized int restoreInto(IncidentCorrelator correlator, int resolvedHistory) {
        List<Incident> saved = repository.restorable(resolvedHistory);
        for (Incident incident : saved) {
            correlator.restore(incident, repository.timeline(incident.id()));
            lastSaved.put(incident.id(), incident);
        }
        correlator.addListener(this);
        return saved.size();
    }
}
