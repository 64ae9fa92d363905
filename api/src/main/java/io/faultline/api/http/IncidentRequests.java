package io.faultline.api.http;

import io.faultline.api.incident.IncidentFilter;
import io.faultline.api.service.ChangeEventService;
import io.faultline.api.service.IncidentService.IncidentDetail;
import io.faultline.api.service.TimeParser;
import io.faultline.ingest.InvalidInputException;
import io.faultline.rca.IncidentStatus;
import io.javalin.http.Context;

/**
 * Reading the requests of the incident and change event routes: list filters, the optional body
 * of a lifecycle step, annotations, change events, and the actor of a human step (the body's
 * {@code actor}, else the {@code X-Faultline-Actor} header, else {@code anonymous}; with API tokens, the token's name).
 */
final class IncidentRequests {
    static final String ACTOR_HEADER = "X-Faultline-Actor";

    /** Body of a lifecycle step; both fields optional, and so is the body itself. */
    record StepBody(String actor, String note) {
    }

    /** Body of {@code POST /api/v1/incidents/{id}/annotations}. */
    record AnnotationBody(String actor, String text, String confirmedRootCause) {
    }

    /** Body of {@code POST /api/v1/events}; {@code at} is RFC 3339 or Unix milliseconds (string or number). */
    record ChangeEventBody(String id, String component, String kind, String at, String version, String description) {
    }

    private IncidentRequests() {
    }

    static IncidentFilter filter(Context ctx) {
        String confirmed = Params.optional(ctx, "confirmed");
        if (confirmed != null && !confirmed.equals("true") && !confirmed.equals("false")) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "query parameter 'confirmed' must be true or false, was '" + confirmed + "'");
        }
        String from = Params.optional(ctx, "from");
        String to = Params.optional(ctx, "to");
        return new IncidentFilter(Params.status(ctx), Params.optional(ctx, "component"),
                from == null ? null : Params.time(ctx, "from", 0), to == null ? null : Params.time(ctx, "to", 0),
                confirmed == null ? null : Boolean.valueOf(confirmed), limit(ctx));
    }

    private static int limit(Context ctx) {
        String value = Params.optional(ctx, "limit");
        try {
            return value == null ? 100 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "query parameter 'limit' must be a whole number, was '" + value + "'");
        }
    }

    static IncidentDetail step(Context ctx, Services services, IncidentStatus to, long maxBodyBytes) {
        boolean noBody = ctx.contentLength() == 0 || ctx.contentLength() < 0 && ctx.header("Transfer-Encoding") == null;
        StepBody body = noBody ? new StepBody(null, null) : Params.jsonBody(ctx, StepBody.class, maxBodyBytes);
        return services.incidents().transition(ctx.pathParam("id"), to, actor(ctx, body.actor()), body.note());
    }

    static IncidentDetail annotate(Context ctx, Services services, long maxBodyBytes) {
        AnnotationBody body = Params.jsonBody(ctx, AnnotationBody.class, maxBodyBytes);
        return services.incidents().annotate(ctx.pathParam("id"), actor(ctx, body.actor()), body.text(), body.confirmedRootCause());
    }

    static ChangeEventService.Recorded event(Context ctx, Services services, long maxBodyBytes) {
        ChangeEventBody b = Params.jsonBody(ctx, ChangeEventBody.class, maxBodyBytes);
        if (b.at() == null) {
            throw new InvalidInputException("field 'at' is required (RFC 3339 or Unix milliseconds)");
        }
        long atMs;
        try {
            atMs = TimeParser.parseMillis(b.at());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("field 'at': " + e.getMessage());
        }
        return services.changes().record(b.id(), b.component(), b.kind(), atMs, b.version(), b.description());
    }

    /** An authenticated request acts under its token's name; without tokens the body or header may say who. */
    private static String actor(Context ctx, String bodyActor) {
        String tokenName = Actor.of(ctx);
        if (!tokenName.equals(Actor.ANONYMOUS)) {
            return tokenName;
        }
        return bodyActor != null ? bodyActor : ctx.header(ACTOR_HEADER);
    }
}
