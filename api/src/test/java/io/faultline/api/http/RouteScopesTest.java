package io.faultline.api.http;

import io.faultline.api.security.Scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.api.Json;
import io.faultline.api.config.ServerConfig;
import io.faultline.api.security.TokenRegistry;
import io.javalin.Javalin;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Walks every route the server registers and fails when one other than the health probes declares
 * no {@link Scope}: such a route would be public. Nothing is started and no handler runs.
 */
class RouteScopesTest {
    private static final Set<String> PUBLIC = Set.of("/healthz", "/readyz");

    @Test
    void everyRouteButTheHealthProbesNeedsAScope() {
        Javalin app = ApiServer.create(ServerConfig.DEFAULTS, null, Json.mapper(), new AccessControl(TokenRegistry.disabled()));
        List<String> unscoped = new ArrayList<>();
        List<String> scoped = new ArrayList<>();
        for (ParsedEndpoint parsed : app.unsafe.internalRouter.allHttpHandlers()) {
            Endpoint e = parsed.endpoint;
            if (!e.method.isHttpMethod()) {
                continue; // before/after handlers, such as access control itself
            }
            Roles roles = e.metadata(Roles.class);
            boolean hasScope = roles != null && roles.getRoles().stream().anyMatch(r -> r instanceof Scope);
            String route = e.method + " " + e.path;
            if (hasScope) {
                scoped.add(route);
            } else if (!PUBLIC.contains(e.path)) {
                unscoped.add(route);
            }
        }
        assertEquals(List.of(), unscoped, "routes without a scope (add Scope.X as the last argument in Routes)");
        assertTrue(scoped.contains("POST /api/v1/incidents/{id}/recover") && scoped.contains("GET /api/v1/incidents"),
                "the walk found the API routes: " + scoped);
    }
}
