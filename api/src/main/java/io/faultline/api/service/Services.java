package io.faultline.api.service;

import io.faultline.api.recovery.RecoveryService;

/** The services the HTTP layer calls, one per concern. */
public record Services(
        IngestService ingest,
        SeriesService series,
        IncidentService incidents,
        RcaService rca,
        HealthService health,
        RecoveryService recoveries) {
}
