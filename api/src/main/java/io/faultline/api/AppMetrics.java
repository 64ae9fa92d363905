package io.faultline.api;

import io.faultline.api.notify.NotifierStats;
import io.faultline.api.telemetry.ServerMetrics;
import io.faultline.ingest.store.DuckDbMetricStore;
import java.util.function.ToLongFunction;

/**
 * Exposes the counters that the app's parts keep themselves (receivers, notifiers, recoveries,
 * access control, the incident journal) on {@code /metrics}, read at each scrape.
 */
final class AppMetrics {
    private AppMetrics() {
    }

    static void register(ServerMetrics metrics, FaultlineApp app) {
        var services = app.services();
        metrics.counterFrom("faultline_remote_write_requests", "remote_write requests decoded.",
                () -> services.remoteWrite().stats().requests());
        metrics.counterFrom("faultline_remote_write_dropped_samples",
                "remote_write samples left out (staleness markers, NaN, Inf, out-of-range times, duplicates, native histograms).",
                () -> services.remoteWrite().stats().droppedSamples().values().stream().mapToLong(Long::longValue).sum());
        metrics.counterFrom("faultline_otlp_rejected_points", "OTLP data points refused.",
                () -> services.otlp().stats().rejectedPoints());
        metrics.counterFrom("faultline_counter_resets", "Counter resets seen while scoring counters as rates.",
                () -> app.pipeline().stats().counterResets());
        metrics.counterFrom("faultline_stale_markers", "Prometheus staleness markers received.",
                () -> app.pipeline().stats().staleMarkers());
        metrics.counterFrom("faultline_ended_series", "Series whose scoring state a staleness marker ended.",
                () -> app.pipeline().stats().endedSeries());
        metrics.gaugeFrom("faultline_diagnosis_queue_pending", "Accepted batches waiting for correlation and diagnosis.",
                () -> app.pipeline().stats().diagnosisPending());
        metrics.counterFrom("faultline_diagnosis_queue_full_waits",
                "Times a request waited because the diagnosis queue was full.",
                () -> app.pipeline().stats().diagnosisFullWaits());
        metrics.counterFrom("faultline_diagnosis_failures", "Batches whose correlation or diagnosis threw (logged, skipped).",
                () -> app.pipeline().stats().diagnosisFailures());
        if (app.store() instanceof DuckDbMetricStore duckDb) {
            metrics.counterFrom("faultline_store_grouped_appends",
                    "Accepted batches committed in one transaction with others (group commit).", duckDb::groupedAppends);
        }
        metrics.counterFrom("faultline_notifications_sent", "Notifications delivered, over every target.",
                () -> sumNotifiers(app, NotifierStats::sent));
        metrics.counterFrom("faultline_notification_retries", "Notification retries (429, 5xx, I/O errors).",
                () -> sumNotifiers(app, NotifierStats::retries));
        metrics.counterFrom("faultline_notifications_failed", "Notifications given up after their retries.",
                () -> sumNotifiers(app, NotifierStats::failed));
        metrics.counterFrom("faultline_notifications_dropped", "Notifications dropped because a target's queue was full.",
                () -> sumNotifiers(app, NotifierStats::dropped));
        metrics.counterFrom("faultline_recoveries_executed", "Recovery actions executed (not dry runs).",
                () -> app.recoveries().stats().executed());
        metrics.counterFrom("faultline_recoveries_failed", "Recovery actions whose execution failed.",
                () -> app.recoveries().stats().failed());
        metrics.counterFrom("faultline_recoveries_escalated", "Recoveries escalated (failed, or the anomaly did not clear).",
                () -> app.recoveries().stats().escalated());
        metrics.counterFrom("faultline_requests_unauthorized", "Requests refused with 401 (no or unknown token).",
                () -> app.accessStats().unauthorized());
        metrics.counterFrom("faultline_requests_forbidden", "Requests refused with 403 (token lacks the scope).",
                () -> app.accessStats().forbidden());
        metrics.counterFrom("faultline_incidents_auto_resolved", "Incidents resolved because their anomalies cleared.",
                () -> app.incidentStats().autoResolved());
        metrics.counterFrom("faultline_incidents_flap_reopened", "Resolved incidents reopened by returning anomalies.",
                () -> app.incidentStats().flapReopened());
    }

    private static long sumNotifiers(FaultlineApp app, ToLongFunction<NotifierStats> field) {
        return app.notificationStats().notifiers().stream().mapToLong(field).sum();
    }
}
