package io.faultline.rca.incident;

import io.faultline.rca.Incident;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The {@link IncidentListener}s of one correlator and the steps of the call in progress: steps are
 * queued while the correlator changes its state and handed out, in order, once the change is
 * complete, so a listener never sees a half-made change. Guarded by the correlator's lock.
 */
final class ListenerFanout {
    private record Step(Incident incident, Transition transition) {
    }

    private final List<IncidentListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Step> pending = new ArrayList<>();

    void add(IncidentListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener is required");
        }
        listeners.add(listener);
    }

    void queue(Incident snapshot, Transition transition) {
        pending.add(new Step(snapshot, transition));
    }

    /** Tells every listener about every queued step; rethrows the first failure once all have run. */
    void fire() {
        if (pending.isEmpty()) {
            return;
        }
        List<Step> steps = List.copyOf(pending);
        pending.clear();
        RuntimeException failure = null;
        for (Step step : steps) {
            for (IncidentListener l : listeners) {
                try {
                    l.onTransition(step.incident(), step.transition());
                } catch (RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
