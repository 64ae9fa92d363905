package io.faultline.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.api.TestServer;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.config.SecurityConfig;
import io.faultline.api.config.ServerConfig;
import io.faultline.api.config.StorageConfig;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens on a real server on a free port: no token cannot read, a read token cannot act, admin can. */
class AccessControlTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READER = "reader-secret-0123456789";
    private static final String ADMIN = "admin-secret-0123456789";
    private static final String INGESTER = "ingest-secret-0123456789";
    private static final String RECOVER = "/api/v1/incidents/no-such-incident/recover";

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        Path tokens = dir.resolve("tokens.yaml");
        Files.writeString(tokens, """
                tokens:
                  - {name: dashboards, scopes: [read], tokenEnv: READER_TOKEN}
                  - {name: ops-admin, scopes: [admin], token: %s}
                  - {name: prometheus, scopes: [ingest], tokenEnv: INGEST_TOKEN}
                """.formatted(ADMIN));
        server = new TestServer(FaultlineConfig.defaults()
                .withServer(new ServerConfig("127.0.0.1", 0, 64 * 1024))
                .withStorage(new StorageConfig(":memory:"))
                .withSecurity(new SecurityConfig(tokens.toString(), true)),
                Map.of("READER_TOKEN", READER, "INGEST_TOKEN", INGESTER));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertError(HttpResponse<String> r, int status, String code, String message) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(code, body.get("error").asText());
        assertEquals(message, body.get("message").asText());
    }

    @Test
    void healthProbesArePublic() {
        assertEquals(200, server.send("GET", "/healthz", null, null, null).statusCode());
        assertEquals(200, server.send("GET", "/readyz", null, null, null).statusCode());
    }

    @Test
    void noTokenCannotRead() throws IOException {
        HttpResponse<String> r = server.send("GET", "/api/v1/incidents", null, null, null);
        assertError(r, 401, "unauthorized", "this route needs a bearer token (Authorization: Bearer <token>)");
        assertEquals("Bearer realm=\"faultline\"", r.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void anUnknownTokenOrSchemeIsUnauthorized() throws IOException {
        HttpResponse<String> r = server.send("GET", "/api/v1/incidents", "not-a-token-0123456789", null, null);
        assertError(r, 401, "unauthorized", "unknown bearer token");
        assertEquals("Bearer realm=\"faultline\", error=\"invalid_token\"", r.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals(401, server.send("GET", "/api/v1/incidents", READER.substring(1), null, null).statusCode());
    }

    @Test
    void aReadTokenReadsButCannotActOrIngest() throws IOException {
        assertEquals(200, server.send("GET", "/api/v1/incidents", READER, null, null).statusCode());
        assertEquals(200, server.send("GET", "/api/v1/recoveries", READER, null, null).statusCode());
        assertError(server.send("POST", RECOVER, READER, null, null), 403, "forbidden",
                "token 'dashboards' lacks the scope 'act' needed by POST " + RECOVER);
        assertError(server.send("POST", "/api/v1/ingest", READER, "application/json", "{\"series\":[]}"), 403, "forbidden",
                "token 'dashboards' lacks the scope 'ingest' needed by POST /api/v1/ingest");
    }

    @Test
    void refusalsAreCounted() {
        ApiServer.AccessStats before = server.app().accessStats();
        server.send("GET", "/api/v1/incidents", null, null, null);
        server.send("GET", "/api/v1/series", INGESTER, null, null);
        server.send("GET", "/healthz", null, null, null);
        ApiServer.AccessStats after = server.app().accessStats();
        assertEquals(1, after.unauthorized() - before.unauthorized());
        assertEquals(1, after.forbidden() - before.forbidden());
    }

    @Test
    void anIngestTokenCannotRead() throws IOException {
        assertError(server.send("GET", "/api/v1/series", INGESTER, null, null), 403, "forbidden",
                "token 'prometheus' lacks the scope 'read' needed by GET /api/v1/series");
    }

    @Test
    void adminMayDoEverything() throws IOException {
        assertEquals(200, server.send("GET", "/api/v1/incidents", ADMIN, null, null).statusCode());
        // past access control, the recovery itself answers: there is no such incident
        assertError(server.send("POST", RECOVER, ADMIN, null, null), 404, "not_found",
                "no incident with id 'no-such-incident'");
    }

    @Test
    void theSchemeIsCaseInsensitiveAndOthersAreRefused() throws IOException {
        assertEquals(200, server.sendWithAuthorization("GET", "/api/v1/incidents", "bearer " + READER).statusCode());
        HttpResponse<String> basic = server.sendWithAuthorization("GET", "/api/v1/incidents", "Basic dXNlcjpwYXNz");
        assertError(basic, 401, "unauthorized", "the Authorization header must use the Bearer scheme");
        assertEquals("Bearer realm=\"faultline\", error=\"invalid_request\"", basic.headers().firstValue("WWW-Authenticate").orElse(""));
    }
}
