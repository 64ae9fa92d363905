package io.faultline.api.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.api.TestServer;
import io.faultline.api.config.CommandExecutorConfig;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.config.RecoveryConfig;
import io.faultline.api.config.SecurityConfig;
import io.faultline.api.config.ServerConfig;
import io.faultline.api.config.StorageConfig;
import io.faultline.datasets.sim.FaultType;
import io.faultline.datasets.sim.Scenario;
import io.faultline.datasets.sim.ScenarioWriter;
import io.faultline.datasets.sim.SimulationParams;
import io.faultline.datasets.sim.WebShopSimulator;
import io.faultline.rca.Incident;
import io.faultline.rca.RecoveryKind;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated CPU fault opens an incident on a server with a DuckDB file; an ACT token runs its
 * suggested scale-out through the guard rails with an allow-listed local command; the audit log is
 * in the store's file and readable over REST after a restart, and the verification still due resumes.
 */
class RecoveryIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPERATOR = "operator-secret-0123456789";
    private static final String VIEWER = "viewer-secret-0123456789";

    @TempDir
    Path dir;

    @Test
    void anIncidentsRecoveryRunsIsAuditedAndSurvivesARestart() throws Exception {
        Scenario scenario = new Scenario(1, FaultType.CPU_HOG, "catalogue", Duration.ofMinutes(60), Duration.ofMinutes(20),
                Duration.ofMinutes(10));
        WebShopSimulator sim = new WebShopSimulator(SimulationParams.defaults(), scenario);
        Path topology = dir.resolve("topology.yaml");
        new ScenarioWriter().writeTopology(sim.topology(), topology);
        Path tokens = dir.resolve("tokens.yaml");
        Files.writeString(tokens, "tokens:\n  - {name: operator, scopes: [read, act], token: " + OPERATOR + "}\n"
                + "  - {name: viewer, scopes: [read], token: " + VIEWER + "}\n");
        FaultlineConfig config = FaultlineConfig.defaults()
                .withServer(new ServerConfig("127.0.0.1", 0, 1024 * 1024))
                .withStorage(new StorageConfig(dir.resolve("data/faultline.duckdb").toString()))
                .withTopology(topology.toString())
                .withSecurity(new SecurityConfig(tokens.toString(), true))
                .withRecovery(new RecoveryConfig(false, List.of("*:SCALE_OUT"), 3, 3600, 0.0, 600, 60, null, null,
                        new CommandExecutorConfig(Map.of(RecoveryKind.SCALE_OUT, List.of("/bin/echo", "scale-out", "{component}")), 10)));

        String incidentId;
        try (TestServer server = new TestServer(config, Map.of())) {
            Incident open = null;
            while (open == null && sim.hasNext()) {
                server.app().pipeline().accept(sim.next(4));
                open = server.app().pipeline().incidents().active().stream()
                        .filter(i -> i.recoveries().stream().anyMatch(a -> a.kind() == RecoveryKind.SCALE_OUT))
                        .findFirst().orElse(null);
            }
            assertNotNull(open, "the fault opened an incident suggesting a scale-out");
            incidentId = open.id();
            String component = open.recoveries().stream().filter(a -> a.kind() == RecoveryKind.SCALE_OUT).findFirst()
                    .orElseThrow().target();

            assertEquals(403, server.send("POST", "/api/v1/incidents/" + incidentId + "/recover", VIEWER, null, null).statusCode());
            HttpResponse<String> r = server.send("POST", "/api/v1/incidents/" + incidentId + "/recover", OPERATOR,
                    "application/json", "{\"kind\":\"scale-out\"}");
            assertEquals(200, r.statusCode(), r.body());
            JsonNode result = json(r);
            assertEquals("EXECUTE", result.get("decision").get("outcome").asText(), r.body());
            assertEquals("operator", result.get("decision").get("actor").asText());
            assertEquals("SUCCEEDED", result.get("execution").get("outcome").asText());
            assertEquals("/bin/echo scale-out " + component + " exited with 0: scale-out " + component,
                    result.get("execution").get("reason").asText());
            JsonNode incident = json(server.send("GET", "/api/v1/incidents/" + incidentId, VIEWER, null, null));
            assertEquals("MITIGATING", incident.get("status").asText().toUpperCase(java.util.Locale.ROOT), incident.toString());
        }
        try (TestServer restarted = new TestServer(config, Map.of())) {
            JsonNode audit = json(restarted.send("GET", "/api/v1/recoveries?incident=" + incidentId, VIEWER, null, null));
            assertEquals(List.of("EXECUTION", "DECISION"), List.of(audit.get(0).get("event").asText(), audit.get(1).get("event").asText()));
            assertEquals(400, restarted.send("GET", "/api/v1/recoveries?limit=0", VIEWER, null, null).statusCode());
            assertNotNull(restarted.app().store());
            assertTrue(restarted.app().store().sampleCount() > 0, "the samples share the file with the audit log");
            assertEquals(1, restarted.app().recoveries().stats().awaitingVerification(),
                    "the scale-out's verification, still due at the restart, was resumed");
        }
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }
}
