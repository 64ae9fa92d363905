package io.faultline.api.http;

import io.faultline.api.security.Scope;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.api.config.ServerConfig;
import io.faultline.api.security.TokenRegistry;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

/** The HTTP server: Javalin on the configured host and port, with every route of {@link Routes}. */
public final class ApiServer implements AutoCloseable {
    private final Javalin app;
    private final AccessControl access;

    /** Requests refused by access control since startup (401 and 403), for {@code /metrics}. */
    public record AccessStats(long unauthorized, long forbidden) {
    }

    private ApiServer(Javalin app, AccessControl access) {
        this.app = app;
        this.access = access;
    }

    /**
     * Starts listening; with port 0 a free port is chosen (see {@link #port()}). Every route that
     * declares a {@link Scope} needs a token holding it (see {@link AccessControl}).
     */
    public static ApiServer start(ServerConfig config, Services services, ObjectMapper json, TokenRegistry tokens) {
        AccessControl access = new AccessControl(tokens);
        Javalin app = create(config, services, json, access);
        app.start(config.host(), config.port());
        return new ApiServer(app, access);
    }

    /** The configured server, not yet listening (tests walk its routes). */
    static Javalin create(ServerConfig config, Services services, ObjectMapper json, AccessControl access) {
        Routes routes = new Routes(services, config.maxBodyBytes());
        return Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jsonMapper(new JavalinJackson(json, false));
            c.http.maxRequestSize = config.maxBodyBytes();
            c.routes.beforeMatched(access);
            routes.register(c.routes);
            ErrorMapper.register(c.routes);
        });
    }

    public int port() {
        return app.port();
    }

    public AccessStats accessStats() {
        return access.stats();
    }

    @Override
    public void close() {
        app.stop();
    }
}
