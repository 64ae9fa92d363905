package io.faultline.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.api.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The recovery routes' request handling on a real server (access control off). */
class RecoveryRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.inMemory("");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertError(HttpResponse<String> r, int status, String message) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(message, JSON.readTree(r.body()).get("message").asText());
    }

    @Test
    void anEmptyAuditLogIsAnEmptyList() throws Exception {
        HttpResponse<String> r = server.get("/api/v1/recoveries?incident=inc-1");
        assertEquals(200, r.statusCode());
        JsonNode list = JSON.readTree(r.body());
        assertEquals(0, list.size());
        assertError(server.get("/api/v1/recoveries?limit=5000"), 400,
                "query parameter 'limit' must be an integer in 1..1000, was '5000'");
    }

    @Test
    void badBodiesAndUnknownIncidents() throws Exception {
        String path = "/api/v1/incidents/inc-9/recover";
        assertError(server.post(path, "application/json", "{\"kind\":\"reboot\"}"), 400,
                "kind must be one of RESTART, SCALE_OUT, ROLL_BACK, FAIL_OVER, RATE_LIMIT, DRAIN, INVESTIGATE, was 'reboot'");
        assertError(server.post(path, "application/json", "{\"dryrun\":true}"), 400, "unknown field 'dryrun'; known: dryRun, kind");
        assertError(server.post(path, "application/json", ""), 404, "no incident with id 'inc-9'");
        assertError(server.post(path, "application/json", "{\"kind\":\"restart\",\"dryRun\":true}"), 404, "no incident with id 'inc-9'");
    }
}
