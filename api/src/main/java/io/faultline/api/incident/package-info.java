/**
 * Incidents and change events kept in the metric store's DuckDB file, so they survive a restart:
 * {@link io.faultline.api.incident.IncidentRepository} (incidents, their timelines, annotations),
 * {@link io.faultline.api.incident.ChangeEventRepository} (deploys, config changes, scaling), and
 * {@link io.faultline.api.incident.IncidentJournal}, which writes every lifecycle step and change of
 * the live correlator and puts the saved incidents back on startup. Knows nothing of HTTP.
 *
 * <p>May import {@code io.faultline.rca} (and its {@code incident}, {@code change} packages),
 * {@code io.faultline.ingest}, JDBC and Jackson.
 */
package io.faultline.api.incident;
