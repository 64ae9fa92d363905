package io.faultline.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.api.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP surface on a real server on a random port: success paths and every kind of bad input. */
class ApiServerTest {
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

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static void assertError(HttpResponse<String> r, int status, String code, String message) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(code, json(r).get("error").asText());
        assertEquals(message, json(r).get("message").asText());
    }

    @Test
    void healthAndReadiness() throws Exception {
        assertEquals(200, server.get("/healthz").statusCode());
        assertEquals("ok", json(server.get("/healthz")).get("status").asText());
        HttpResponse<String> ready = server.get("/readyz");
        assertEquals(200, ready.statusCode());
        assertTrue(json(ready).get("ready").asBoolean());
    }

    @Test
    void ingestStoresAndListsSeries() throws Exception {
        String body = """
                {"series":[{"metric":"request_rate","labels":{"service":"ingest-test"},
                  "samples":[[1700000000000,1.5],[1700000015000,2.5]]}]}""";
        HttpResponse<String> r = server.post("/api/v1/ingest", "application/json", body);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, json(r).get("series").asInt());
        assertEquals(2, json(r).get("samples").asInt());

        assertEquals("{\"status\":\"success\",\"data\":[{\"__name__\":\"request_rate\",\"service\":\"ingest-test\"}]}",
                server.get("/api/v1/series?match%5B%5D=request_rate%7Bservice%3D%22ingest-test%22%7D").body());
    }

    @Test
    void rejectedRequestStoresNothing() throws Exception {
        String body = """
                {"series":[{"metric":"good_metric","labels":{"service":"x"},"samples":[[1700000000000,1]]},
                           {"metric":"bad_metric","samples":[[1700000000000,"abc"]]}]}""";
        HttpResponse<String> r = server.post("/api/v1/ingest", "application/json", body);
        assertEquals(400, r.statusCode());
        assertTrue(json(r).get("message").asText().startsWith("series[1].samples[0][1]:"), r.body());
        assertEquals(0, json(server.get("/api/v1/series?match%5B%5D=good_metric")).get("data").size());
    }

    @Test
    void wrongContentTypeOversizedBodyAndMalformedJson() throws Exception {
        assertError(server.post("/api/v1/ingest", "text/plain", "{}"), 415, "unsupported_media_type",
                "Content-Type must be application/json, was 'text/plain'");
        assertError(server.post("/api/v1/ingest", "application/json", "x".repeat(70 * 1024)), 413, "payload_too_large",
                "request body is larger than the limit of 65536 bytes (server.maxBodyBytes): at least 71680 bytes");
        HttpResponse<String> malformed = server.post("/api/v1/ingest", "application/json", "{\"series\":[");
        assertEquals(400, malformed.statusCode(), malformed.body());
    }

    @Test
    void badQueryParametersAndUnknownThings() throws Exception {
        assertError(server.get("/api/v1/incidents?status=sleeping"), 400, "bad_request",
                "query parameter 'status' must be one of open, acknowledged, mitigating, resolved, was 'sleeping'");
        assertError(server.get("/api/v1/anomalies?from=yesterday"), 400, "bad_request",
                "query parameter 'from': 'yesterday' is neither Unix milliseconds nor an RFC 3339 time");
        assertError(server.get("/api/v1/incidents/inc-1-1"), 404, "not_found", "no incident with id 'inc-1-1'");
        assertError(server.get("/api/v1/nothing-here"), 404, "not_found", "no route for GET /api/v1/nothing-here");
        HttpResponse<String> badSelector = server.get("/api/v1/series?match%5B%5D=cpu%7Bservice%7D");
        assertEquals(400, badSelector.statusCode());
        assertEquals("bad_data", json(badSelector).get("errorType").asText());
    }

    @Test
    void adHocRcaValidatesAndAnswersWithAStatus() throws Exception {
        assertError(server.post("/api/v1/rca", "application/json", "{\"from\":\"2024-01-01T00:00:00Z\"}"), 400, "bad_request",
                "field 'to' is required");
        assertError(server.post("/api/v1/rca", "application/json", "{\"from\":2000,\"to\":1000}"), 400, "bad_request",
                "'to' (1000) must be after 'from' (2000)");
        assertError(server.post("/api/v1/rca", "application/json", "{\"from\":1,\"to\":2,\"colour\":\"red\"}"), 400, "bad_request",
                "unknown field 'colour'; known: components, from, onset, to");
        HttpResponse<String> none = server.post("/api/v1/rca", "application/json", "{\"from\":1000,\"to\":2000}");
        assertEquals(200, none.statusCode(), none.body());
        assertEquals("no_anomaly", json(none).get("status").asText());
    }
}
