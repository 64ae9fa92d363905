package io.faultline.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.api.ConsoleCapture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command line's jobs on small inputs, and its answers to bad ones. */
class CommandLineTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    private String lastLine() {
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        return lines[lines.length - 1];
    }

    @Test
    void simulateThenTrainOnTheScenario() throws Exception {
        Path scenario = dir.resolve("scenario");
        assertEquals(0, Main.run("simulate", "--out", scenario.toString(), "--fault", "latency", "--service", "cart",
                "--seed", "3", "--warmup-minutes", "10", "--fault-minutes", "2", "--recovery-minutes", "0", "--json"));
        assertTrue(lastLine().contains("\"component\":\"cart\""), lastLine());
        assertEquals(49, Files.readAllLines(scenario.resolve("metrics.csv")).size()); // header + 48 ticks of 15 s
        assertTrue(Files.exists(scenario.resolve("truth.json")) && Files.exists(scenario.resolve("topology.yaml")));

        Path models = dir.resolve("models");
        assertEquals(0, Main.run("train", "--csv", scenario.resolve("metrics.csv").toString(), "--out", models.toString(), "--json"));
        assertEquals("{\"detector\":\"block-median\",\"counts\":{\"series\":102,\"trained\":102,\"skipped\":0,\"points\":4896},"
                        + "\"dataRange\":{\"fromMs\":1704067200000,\"toMs\":1704067905000},"
                        + "\"report\":\"" + models.resolve("train-report.json") + "\"}",
                lastLine());
        try (var files = Files.list(models)) {
            assertEquals(103, files.count()); // a model per series and the report
        }
    }

    @Test
    void badInputIsExitCodeTwoWithAMessage() throws Exception {
        assertEquals(2, Main.run("simulate", "--out", dir.toString(), "--fault", "meteor"));
        assertEquals("faultline: unknown fault 'meteor', valid faults: cpu-hog, memory-leak, latency, error-burst, packet-loss, bad-deploy",
                err.toString(StandardCharsets.UTF_8).strip());

        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "time,cpu\n1700000000000,0.5\n1700000015000,oops\n");
        err.reset();
        assertEquals(2, Main.run("train", "--csv", csv.toString(), "--out", dir.resolve("m").toString()));
        assertEquals("faultline: bad.csv line 3: column \"cpu\": value \"oops\" is not a number",
                err.toString(StandardCharsets.UTF_8).strip());

        err.reset();
        assertEquals(2, Main.run("train", "--csv", csv.toString(), "--out", dir.toString(), "--detector", "prophet"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("faultline: unknown detector 'prophet'"), err.toString());
    }
}
