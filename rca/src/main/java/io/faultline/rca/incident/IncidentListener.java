package io.faultline.rca.incident;

import io.faultline.rca.Incident;

/**
 * Told about every step of every visible incident's lifecycle, automatic or human: the opening
 * ({@code from == null}), acknowledge, mitigating, resolve (by hand or when the anomalies cleared)
 * and reopen. The incident is the snapshot after the step.
 *
 * <p>Called synchronously, in order, on the thread that caused the step and while the correlator
 * holds its lock: keep it quick (hand slow work such as HTTP calls to a queue of your own) and do
 * not call back into the correlator. An exception thrown here does not undo the step nor stop
 * the other listeners; the first one is rethrown to the correlator's caller once all have run.
 */
@FunctionalInterface
public interface IncidentListener {
    void onTransition(Incident incident, Transition transition);
}
