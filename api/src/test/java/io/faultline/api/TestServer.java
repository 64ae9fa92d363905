package io.faultline.api;

import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.config.ServerConfig;
import io.faultline.api.config.StorageConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A real Faultline server on a free loopback port, with a small HTTP client for tests. */
public final class TestServer implements AutoCloseable {
    private final FaultlineApp app;
    private final HttpClient client = HttpClient.newHttpClient();

    public TestServer(FaultlineConfig config) {
        this.app = FaultlineApp.start(config);
    }

    /** A server whose human actions and change receipts are timed by {@code clock}. */
    public TestServer(FaultlineConfig config, java.time.Clock clock) {
        this.app = FaultlineApp.start(config, clock);
    }

    /** A server whose secrets (token variables) come from {@code env} rather than the real environment. */
    public TestServer(FaultlineConfig config, java.util.Map<String, String> env) {
        this.app = FaultlineApp.start(config, env);
    }

    /** Defaults on an in-memory store, with a small body limit so 413 is cheap to test. */
    public static TestServer inMemory(String topology) {
        return new TestServer(FaultlineConfig.defaults()
                .withServer(new ServerConfig("127.0.0.1", 0, 64 * 1024))
                .withStorage(new StorageConfig(":memory:"))
                .withTopology(topology));
    }

    public FaultlineApp app() {
        return app;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    /** A POST with one extra header, e.g. the actor of an incident step. */
    public HttpResponse<String> post(String path, String contentType, String body, String header, String value) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType).header(header, value).build());
    }

    /** A request with {@code Authorization: Bearer <token>} (none when the token is null). */
    public HttpResponse<String> send(String method, String path, String token, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    /** A request without a body carrying the given {@code Authorization} header as is. */
    public HttpResponse<String> sendWithAuthorization(String method, String path, String authorization) {
        return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", authorization).build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
