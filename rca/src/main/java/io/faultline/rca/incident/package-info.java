/**
 * From scored points to incidents: {@link io.faultline.rca.incident.AnomalyTracker} turns the
 * stream of one series' {@code ScoredPoint}s into anomaly runs, and
 * {@link io.faultline.rca.incident.IncidentCorrelator} groups anomalies that are close in time and
 * in the service graph into incidents with a lifecycle. Both run on data time only: no wall clock.
 *
 * <p>May import {@code io.faultline.rca}, {@code io.faultline.rca.topology},
 * {@code io.faultline.models} and {@code io.faultline.ingest}; Jackson annotations for params.
 */
package io.faultline.rca.incident;
