package io.faultline.api.service;

/** The services the HTTP layer calls, one per concern. */
public record Services(
        IngestService ingest,
        SeriesService series,
        IncidentService incidents,
        RcaService rca,
        HealthService health,
        ChangeEventService changes) {
}
