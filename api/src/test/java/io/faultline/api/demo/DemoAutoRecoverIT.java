package io.faultline.api.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.api.demo.DemoRunner.DemoResult;
import io.faultline.datasets.sim.FaultType;
import io.faultline.datasets.sim.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code faultline demo --auto-recover} over real HTTP into a server on a DuckDB file, as fast as it
 * goes: the fault lasts 40 minutes, so only the executed recovery can end it before the data does;
 * the incident must go open -> mitigating (by the recovery) -> resolved, with the recovery in the
 * audit log.
 */
class DemoAutoRecoverIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} is ended by {1}")
    @CsvSource({"MEMORY_LEAK, RESTART", "BAD_DEPLOY, ROLL_BACK"})
    void theRecoveryEndsTheFaultAndTheIncidentResolves(FaultType fault, String kind) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Scenario scenario = new Scenario(1, fault, "catalogue", Duration.ofMinutes(60), Duration.ofMinutes(40), Duration.ZERO);
        DemoResult result = new DemoRunner(scenario, 0, dir, new PrintStream(log, true, StandardCharsets.UTF_8), true)
                .run(ticks -> { });
        String output = log.toString(StandardCharsets.UTF_8);
        assertTrue(result.culpritFound(), output);
        JsonNode incident = result.incident();
        String detail = output + "\n" + incident.toPrettyString() + "\n" + result.recoveries().toPrettyString();

        assertTrue(result.faultClearedAtMs() > result.truth().injectedAtMs()
                && result.faultClearedAtMs() < result.truth().endsAtMs(), "the recovery ended the fault early\n" + detail);
        assertEquals("RESOLVED", incident.get("status").asText(), detail);
        assertTrue(incident.get("resolvedAtMs").asLong() < result.truth().endsAtMs(), detail);

        List<String> steps = new ArrayList<>();
        for (JsonNode t : incident.get("timeline")) {
            steps.add((t.get("from").isNull() ? "" : t.get("from").asText() + "->") + t.get("to").asText() + " " + t.get("actor").asText());
        }
        assertEquals(List.of("OPEN system", "OPEN->MITIGATING auto-recover", "MITIGATING->RESOLVED system"), steps, detail);
        assertEquals("recovery " + kind + " run by simulator", incident.get("timeline").get(1).get("cause").asText());

        List<String> audit = new ArrayList<>();
        for (JsonNode e : result.recoveries()) {
            audit.add(e.get("event").asText() + " " + e.get("outcome").asText() + " " + e.get("kind").asText() + " "
                    + e.get("component").asText() + " " + e.get("actor").asText());
        }
        assertEquals(List.of("DECISION EXECUTE " + kind + " catalogue auto-recover",
                "EXECUTION SUCCEEDED " + kind + " catalogue auto-recover",
                "VERIFICATION CLEARED " + kind + " catalogue faultline"), audit, detail);
        assertTrue(!result.recoveries().get(0).get("dryRun").asBoolean(), "not a dry run");
        assertTrue(output.contains("auto-recover: " + (fault == FaultType.MEMORY_LEAK ? "restart" : "roll back")
                + " catalogue on incident " + incident.get("id").asText()), output);
    }
}
