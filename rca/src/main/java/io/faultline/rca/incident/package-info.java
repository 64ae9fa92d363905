/**
 * From scored points to incidents: {@link io.faultline.rca.incident.AnomalyTracker} turns the
 * stream of one series' {@code ScoredPoint}s into anomaly runs, and
 * {@link io.faultline.rca.incident.IncidentCorrelator} groups anomalies that are close in time and
 * in the service graph into incidents with a lifecycle: {@link io.faultline.rca.incident.IncidentLifecycle}
 * is the state machine (open -> acknowledged -> mitigating -> resolved, reopen), every step a
 * {@link io.faultline.rca.incident.Transition} on the incident's timeline, told to
 * {@link io.faultline.rca.incident.IncidentListener}s. All of it runs on data time or on times the
 * caller passes in: no wall clock, no I/O.
 *
 * <p>May import {@code io.faultline.rca}, {@code io.faultline.rca.topology},
 * {@code io.faultline.models} and {@code io.faultline.ingest}; Jackson annotations for params.
 */
package io.faultline.rca.incident;
