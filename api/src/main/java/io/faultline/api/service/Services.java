package io.faultline.api.service;

import io.faultline.api.alerts.AlertIntakeService;

/** The services the HTTP layer calls, one per concern. */
public record Services(
        IngestService ingest,
        SeriesService series,
        IncidentService incidents,
        RcaService rca,
        HealthService health,
        AlertIntakeService alerts) {
}
