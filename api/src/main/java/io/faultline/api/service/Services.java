package io.faultline.api.service;

import io.faultline.api.telemetry.ServerMetrics;
import io.faultline.api.promql.PromQueryService;
import io.faultline.api.alerts.AlertIntakeService;
import io.faultline.api.recovery.RecoveryService;

/** The services the HTTP layer calls, one per concern. */
public record Services(
        IngestService ingest,
        IncidentService incidents,
        RcaService rca,
        HealthService health,
        ServerMetrics metrics,
        RemoteWriteService remoteWrite,
        OtlpIngestService otlp,
        PromQueryService prometheus,
        ChangeEventService changes,
        AlertIntakeService alerts,
        RecoveryService recoveries) {
}
