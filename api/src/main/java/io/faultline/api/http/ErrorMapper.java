package io.faultline.api.http;

import io.faultline.api.promql.PromJson;
import io.faultline.api.promql.PromQlException;
import io.faultline.api.service.ConflictException;
import io.faultline.api.service.NotFoundException;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.format.InputTooLargeException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where exceptions become error responses. */
final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e.code(), e.getMessage()));
        routes.exception(InvalidInputException.class, (e, ctx) -> answer(ctx, ErrorCode.BAD_REQUEST, e.getMessage()));
        routes.exception(InputTooLargeException.class, (e, ctx) -> answer(ctx, ErrorCode.PAYLOAD_TOO_LARGE, e.getMessage()));
        routes.exception(PromQlException.class, (e, ctx) ->
                ctx.status(ErrorCode.BAD_REQUEST.status()).contentType("application/json").result(PromJson.error(e.getMessage())));
        routes.exception(NotFoundException.class, (e, ctx) -> answer(ctx, ErrorCode.NOT_FOUND, e.getMessage()));
        routes.exception(ConflictException.class, (e, ctx) -> answer(ctx, ErrorCode.CONFLICT, e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, ErrorCode.INTERNAL, "internal error: " + e.getClass().getSimpleName());
        });
        routes.error(404, "*", ctx -> {
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith("application/json")) { // not already one of ours
                answer(ctx, ErrorCode.NOT_FOUND, "no route for " + ctx.method() + " " + ctx.path());
            }
        });
    }

    private static void answer(Context ctx, ErrorCode code, String message) {
        ctx.status(code.status()).json(new ErrorBody(code.code(), message));
    }
}
