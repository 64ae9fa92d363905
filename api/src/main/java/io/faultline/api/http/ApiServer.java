package io.faultline.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.api.config.ServerConfig;
import io.faultline.api.service.Services;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

/** The HTTP server: Javalin on the configured host and port, with every route of {@link Routes}. */
public final class ApiServer implements AutoCloseable {
    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /** Starts listening; with port 0 a free port is chosen (see {@link #port()}). */
    public static ApiServer start(ServerConfig config, Services services, ObjectMapper json) {
        Routes routes = new Routes(services, config.maxBodyBytes());
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jsonMapper(new JavalinJackson(json, false));
            c.http.maxRequestSize = config.maxBodyBytes();
            routes.register(c.routes);
            ErrorMapper.register(c.routes);
        });
        app.start(config.host(), config.port());
        return new ApiServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
