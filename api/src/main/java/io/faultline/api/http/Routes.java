package io.faultline.api.http;

import io.faultline.api.security.Scope;
import io.faultline.api.alerts.AlertmanagerWebhook;
import io.faultline.api.telemetry.ServerMetrics;
import io.faultline.rca.IncidentStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Every route of the API, in one place. Each handler reads its parameters, calls one service
 * method and answers with a response record; errors go through {@link ErrorMapper}.
 */
final class Routes {
    private final Services services;
    private final long maxBodyBytes;

    Routes(Services services, long maxBodyBytes) {
        this.services = services;
        this.maxBodyBytes = maxBodyBytes;
    }

    void register(RoutesConfig routes) {
        routes.get("/healthz", ctx -> ctx.json(services.health().liveness()));
        routes.get("/readyz", this::readiness);

        routes.post("/api/v1/ingest", this::ingest, Scope.INGEST);
        routes.get("/api/v1/anomalies", ctx -> ctx.json(services.incidents().anomalies(
                Params.time(ctx, "from", Long.MIN_VALUE), Params.time(ctx, "to", Long.MAX_VALUE),
                Params.optional(ctx, "component"))), Scope.READ);
        // Incident lifecycle, analysts' labels and change events
        routes.get("/api/v1/incidents", ctx -> ctx.json(services.incidents().list(IncidentRequests.filter(ctx))), Scope.READ);
        routes.get("/api/v1/incidents/{id}", ctx -> ctx.json(services.incidents().get(ctx.pathParam("id"))), Scope.READ);
        routes.post("/api/v1/incidents/{id}/acknowledge", ctx -> ctx.json(IncidentRequests.step(ctx, services, IncidentStatus.ACKNOWLEDGED, maxBodyBytes)), Scope.ACT);
        routes.post("/api/v1/incidents/{id}/mitigating", ctx -> ctx.json(IncidentRequests.step(ctx, services, IncidentStatus.MITIGATING, maxBodyBytes)), Scope.ACT);
        routes.post("/api/v1/incidents/{id}/resolve", ctx -> ctx.json(IncidentRequests.step(ctx, services, IncidentStatus.RESOLVED, maxBodyBytes)), Scope.ACT);
        routes.post("/api/v1/incidents/{id}/reopen", ctx -> ctx.json(IncidentRequests.step(ctx, services, IncidentStatus.OPEN, maxBodyBytes)), Scope.ACT);
        routes.post("/api/v1/incidents/{id}/annotations", ctx -> ctx.json(IncidentRequests.annotate(ctx, services, maxBodyBytes)), Scope.ACT);
        routes.get("/api/v1/incident-labels", ctx -> ctx.json(services.incidents().confirmations()), Scope.READ);
        routes.post("/api/v1/events", ctx -> ctx.json(IncidentRequests.event(ctx, services, maxBodyBytes)), Scope.INGEST);
        routes.get("/api/v1/events", ctx -> ctx.json(services.changes().list(Params.optional(ctx, "component"),
                Params.time(ctx, "from", Long.MIN_VALUE), Params.time(ctx, "to", Long.MAX_VALUE))), Scope.READ);
        routes.post("/api/v1/rca", ctx -> ctx.json(services.rca().rank(Params.jsonBody(ctx, RcaRequestBody.class, maxBodyBytes).toQuery())), Scope.READ);

        // The server's own metrics (Prometheus text format, or OpenMetrics when the Accept header asks)
        routes.get("/metrics", this::metrics, Scope.READ);
        // Prometheus remote_write 1.0 receiver
        routes.post("/api/v1/write", ctx -> {
            RemoteWriteHeaders.check(ctx);
            services.remoteWrite().write(Params.boundedBody(ctx, maxBodyBytes));
            ctx.status(204);
        }, Scope.INGEST);
        // OTLP/HTTP metrics receiver
        routes.post("/v1/metrics", ctx -> new OtlpEndpoint(services.otlp(), maxBodyBytes).handle(ctx), Scope.INGEST);
        // Prometheus query API (GET, or POST with a form-encoded body, as promtool and Grafana send)
        for (HandlerType method : new HandlerType[] {HandlerType.GET, HandlerType.POST}) {
            routes.addHttpHandler(method, "/api/v1/query", ctx -> prometheus(ctx, services.prometheus().query(
                    PromForm.get(ctx, "query"), PromForm.get(ctx, "time"))), Scope.READ);
            routes.addHttpHandler(method, "/api/v1/query_range", ctx -> prometheus(ctx, services.prometheus().queryRange(
                    PromForm.get(ctx, "query"), PromForm.get(ctx, "start"), PromForm.get(ctx, "end"), PromForm.get(ctx, "step"))), Scope.READ);
            routes.addHttpHandler(method, "/api/v1/series", ctx -> prometheus(ctx, services.prometheus().series(
                    PromForm.match(ctx), PromForm.get(ctx, "start"), PromForm.get(ctx, "end"))), Scope.READ);
            routes.addHttpHandler(method, "/api/v1/labels", ctx -> prometheus(ctx, services.prometheus().labels(
                    PromForm.match(ctx), PromForm.get(ctx, "start"), PromForm.get(ctx, "end"))), Scope.READ);
        }
        routes.get("/api/v1/label/{name}/values", ctx -> prometheus(ctx, services.prometheus().labelValues(ctx.pathParam("name"),
                PromForm.match(ctx), PromForm.get(ctx, "start"), PromForm.get(ctx, "end"))), Scope.READ);
        routes.get("/api/v1/status/buildinfo", ctx -> prometheus(ctx, services.prometheus().buildInfo()), Scope.READ);
        routes.get("/api/v1/metadata", ctx -> prometheus(ctx, services.prometheus().metadata()), Scope.READ);
        // Alertmanager in: its webhook (payload version 4) as evidence
        routes.post("/api/v1/alerts/alertmanager", ctx -> ctx.json(services.alerts().accept(
                Params.jsonBody(ctx, AlertmanagerWebhook.class, maxBodyBytes))), Scope.INGEST);
        // Recovery: guarded execution of an incident's suggested recovery, and the audit log
        routes.post("/api/v1/incidents/{id}/recover", this::recover, Scope.ACT);
        routes.get("/api/v1/recoveries", ctx -> ctx.json(services.recoveries().audit(
                Params.optional(ctx, "incident"), RecoverRequestBody.limit(ctx))), Scope.READ);
    }

    private void readiness(Context ctx) {
        var ready = services.health().readiness();
        ctx.status(ready.ready() ? 200 : ErrorCode.NOT_READY.status()).json(ready);
    }

    private void metrics(Context ctx) {
        ServerMetrics.Scrape scrape = services.metrics().scrape(ctx.header("Accept"));
        ctx.contentType(scrape.contentType()).result(scrape.body());
    }

    private static void prometheus(Context ctx, String json) {
        ctx.contentType("application/json").result(json);
    }

    private void recover(Context ctx) {
        RecoverRequestBody body = RecoverRequestBody.read(ctx, maxBodyBytes);
        ctx.json(services.recoveries().recover(ctx.pathParam("id"), body.recoveryKind(), body.dryRunRequested(), Actor.of(ctx)));
    }

    private void ingest(Context ctx) {
        Params.requireJson(ctx);
        ctx.json(services.ingest().ingestJson(Params.boundedBody(ctx, maxBodyBytes)));
    }
}
