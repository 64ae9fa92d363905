package io.faultline.api.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.api.demo.DemoRunner.DemoResult;
import io.faultline.datasets.sim.FaultType;
import io.faultline.datasets.sim.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's default scenario over real HTTP into a server on a DuckDB file, as fast as it goes. */
class DemoIT {
    @TempDir
    Path dir;

    @Test
    void theDefaultScenarioNamesTheInjectedComponent() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Scenario scenario = new Scenario(1, FaultType.CPU_HOG, "catalogue", Duration.ofMinutes(60), Duration.ofMinutes(20),
                Duration.ofMinutes(10));
        DemoResult result = new DemoRunner(scenario, 0, dir, new PrintStream(log, true, StandardCharsets.UTF_8)).run(ticks -> { });
        assertTrue(result.culpritFound(), log.toString(StandardCharsets.UTF_8));
        assertEquals("CPU", result.incident().get("causes").get(0).get("faultKind").asText());
        assertEquals(360 * 102, result.samplesSent());
        assertTrue(Files.exists(dir.resolve("demo.duckdb")));
    }
}
