package io.faultline.api.http;

import io.faultline.api.alerts.AlertIntakeService;
import io.faultline.api.promql.PromQueryService;
import io.faultline.api.recovery.RecoveryService;
import io.faultline.api.service.ChangeEventService;
import io.faultline.api.service.HealthService;
import io.faultline.api.service.IncidentService;
import io.faultline.api.service.IngestService;
import io.faultline.api.service.OtlpIngestService;
import io.faultline.api.service.RcaService;
import io.faultline.api.service.RemoteWriteService;
import io.faultline.api.telemetry.ServerMetrics;

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
