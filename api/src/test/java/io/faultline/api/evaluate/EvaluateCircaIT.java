package io.faultline.api.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.api.Json;
import io.faultline.api.cli.Main;
import io.faultline.api.ConsoleCapture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code faultline evaluate circa} on five small cases, through the command line, with every ranker. */
class EvaluateCircaIT {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    private JsonNode run(String... args) throws Exception {
        out.reset();
        assertEquals(0, Main.run(args), err.toString(StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        return Json.mapper().readTree(lines[lines.length - 1]);
    }

    @Test
    void everyRankerRunsOnFiveCasesAndTheRunIsRepeatable() throws Exception {
        for (String ranker : new String[] {"baseline-deviation", "baro", "nsigma"}) {
            JsonNode s = run("evaluate", "circa", "--nodes", "10", "--cases", "5", "--ranker", ranker, "--json");
            assertEquals("circa-10", s.get("benchmark").asText());
            assertEquals(ranker, s.get("ranker").asText());
            assertEquals(5, s.get("cases").asInt());
            assertEquals(1, s.get("firstSeed").asInt());
            assertEquals(10, s.get("params").get("nodes").asInt());
            double circa = s.get("circa").get("avg5").asDouble();
            double any = s.get("anyRootCause").get("avg5").asDouble();
            assertTrue(circa >= 0 && circa <= any && any <= 1, ranker + ": " + s);
            assertEquals(s, run("evaluate", "circa", "--nodes", "10", "--cases", "5", "--ranker", ranker, "--json"));
        }
    }

    @Test
    void badOptionsAreRejectedWithTheirName() {
        assertEquals(2, Main.run("evaluate", "circa", "--nodes", "1"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--nodes: nodes must be in [2, 1000], was 1"), err.toString());
        assertEquals(2, Main.run("evaluate", "circa", "--nodes", "10", "--cases", "0"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--cases must be >= 1, was 0"), err.toString());
    }
}
