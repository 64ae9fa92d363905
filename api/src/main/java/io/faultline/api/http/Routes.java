package io.faultline.api.http;

import io.faultline.api.service.Services;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

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
        routes.get("/api/v1/series", ctx -> ctx.json(services.series().list(Params.optional(ctx, "match"))), Scope.READ);
        routes.get("/api/v1/anomalies", ctx -> ctx.json(services.incidents().anomalies(
                Params.time(ctx, "from", Long.MIN_VALUE), Params.time(ctx, "to", Long.MAX_VALUE),
                Params.optional(ctx, "component"))), Scope.READ);
        routes.get("/api/v1/incidents", ctx -> ctx.json(services.incidents().list(Params.status(ctx))), Scope.READ);
        routes.get("/api/v1/incidents/{id}", ctx -> ctx.json(services.incidents().get(ctx.pathParam("id"))), Scope.READ);
        routes.post("/api/v1/rca", ctx -> ctx.json(services.rca().rank(Params.jsonBody(ctx, RcaRequestBody.class, maxBodyBytes).toQuery())), Scope.READ);

        // Recovery: guarded execution of an incident's suggested recovery, and the audit log
        routes.post("/api/v1/incidents/{id}/recover", this::recover, Scope.ACT);
        routes.get("/api/v1/recoveries", ctx -> ctx.json(services.recoveries().audit(
                Params.optional(ctx, "incident"), RecoverRequestBody.limit(ctx))), Scope.READ);
    }

    private void readiness(Context ctx) {
        var ready = services.health().readiness();
        ctx.status(ready.ready() ? 200 : ErrorCode.NOT_READY.status()).json(ready);
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
