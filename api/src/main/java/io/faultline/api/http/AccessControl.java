package io.faultline.api.http;

import io.faultline.api.security.Scope;
import io.faultline.api.security.ApiToken;
import io.faultline.api.security.TokenRegistry;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs before every matched route: a route without a {@link Scope} (the health probes) is public;
 * any other needs {@code Authorization: Bearer <token>} with a token holding the route's scope
 * (ADMIN holds all). No or an unknown token answers 401 with {@code WWW-Authenticate: Bearer};
 * a known token without the scope answers 403 naming it. The token's name becomes the request's
 * actor ({@link Actor}). With access control off every request passes as {@link Actor#ANONYMOUS}.
 */
final class AccessControl implements Handler {
    private static final String BEARER = "bearer ";

    private final TokenRegistry tokens;
    private final AtomicLong unauthorized = new AtomicLong();
    private final AtomicLong forbidden = new AtomicLong();

    AccessControl(TokenRegistry tokens) {
        this.tokens = tokens;
    }

    @Override
    public void handle(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty()) {
            return;
        }
        if (!tokens.enabled()) {
            Actor.set(ctx, Actor.ANONYMOUS);
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized(ctx, null, "this route needs a bearer token (Authorization: Bearer <token>)");
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized(ctx, "invalid_request", "the Authorization header must use the Bearer scheme");
        }
        Optional<ApiToken> token = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (token.isEmpty()) {
            throw unauthorized(ctx, "invalid_token", "unknown bearer token");
        }
        for (RouteRole role : roles) {
            if (role instanceof Scope scope && token.get().allows(scope)) {
                Actor.set(ctx, token.get().name());
                return;
            }
        }
        forbidden.incrementAndGet();
        throw new ApiException(ErrorCode.FORBIDDEN, "token '" + token.get().name() + "' lacks the scope "
                + describe(roles) + " needed by " + ctx.method() + " " + ctx.path());
    }

    ApiServer.AccessStats stats() {
        return new ApiServer.AccessStats(unauthorized.get(), forbidden.get());
    }

    private ApiException unauthorized(Context ctx, String error, String message) {
        unauthorized.incrementAndGet();
        ctx.header("WWW-Authenticate", error == null ? "Bearer realm=\"faultline\""
                : "Bearer realm=\"faultline\", error=\"" + error + "\"");
        return new ApiException(ErrorCode.UNAUTHORIZED, message);
    }

    private static String describe(Set<RouteRole> roles) {
        return String.join(" or ", roles.stream().map(r -> "'" + r.toString().toLowerCase(Locale.ROOT) + "'").sorted().toList());
    }
}
