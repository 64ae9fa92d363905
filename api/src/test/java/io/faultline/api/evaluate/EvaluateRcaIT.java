package io.faultline.api.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.api.Json;
import io.faultline.api.cli.Main;
import io.faultline.api.evaluate.HandmadeCases.Shift;
import io.faultline.api.ConsoleCapture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code faultline evaluate rca} on small handmade benchmark folders, through the command line. */
class EvaluateRcaIT {
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

    /**
     * Two CPU hogs in cart, a large memory leak in pay, and a small one in pay whose loudest symptom is web's
     * cpu; plus a case whose inject time is not a number and a cpu in cart-db, which RCAEval counts for cart.
     */
    private Path rcaEvalFolder() throws Exception {
        Path root = dir.resolve("rcaeval");
        HandmadeCases.rcaEvalCase(root, "cart_cpu/1", 1, List.of(new Shift("cart_cpu", 60, 40)));
        HandmadeCases.rcaEvalCase(root, "cart_cpu/2", 2, List.of(new Shift("cart-db_cpu", 60, 40)));
        HandmadeCases.rcaEvalCase(root, "pay_mem/1", 3, List.of(new Shift("pay_mem", 60, 5e7)));
        HandmadeCases.rcaEvalCase(root, "pay_mem/2", 4, List.of(new Shift("pay_mem", 60, 1e6), new Shift("web_cpu", 60, 30)));
        HandmadeCases.rcaEvalCase(root, "web_cpu/1", 5, List.of(new Shift("web_cpu", 60, 40)));
        Files.writeString(root.resolve("web_cpu/1/inject_time.txt"), "soon\n");
        return root;
    }

    @Test
    void scoresBaroPerFaultTypeCountsTheMalformedCaseAndWritesEveryRanking() throws Exception {
        Path rankings = dir.resolve("out/rankings.jsonl");
        assertEquals(0, Main.run("evaluate", "rca", "--data", rcaEvalFolder().toString(), "--format", "rcaeval",
                "--ranker", "baro", "--rankings", rankings.toString(), "--json"), err.toString());

        JsonNode summary = Json.mapper().readTree(lastLine());
        assertEquals("{\"format\":\"rcaeval\",\"ranker\":\"baro\",\"tdeltaSeconds\":0,\"cases\":4,\"unranked\":0,\"malformed\":1,"
                + "\"malformedCases\":[\"web_cpu/1: inject_time.txt: \\\"soon\\\" is not a whole number of unix seconds\"],"
                + "\"notes\":[],\"byFault\":{"
                + "\"cpu\":{\"cases\":2,\"ac1\":1.0,\"ac2\":1.0,\"ac3\":1.0,\"ac4\":1.0,\"ac5\":1.0,\"avg5\":1.0},"
                + "\"mem\":{\"cases\":2,\"ac1\":0.5,\"ac2\":1.0,\"ac3\":1.0,\"ac4\":1.0,\"ac5\":1.0,\"avg5\":0.9}},"
                + "\"overall\":{\"cases\":4,\"ac1\":0.75,\"ac2\":1.0,\"ac3\":1.0,\"ac4\":1.0,\"ac5\":1.0,\"avg5\":0.95},"
                + "\"faultKinds\":{\"cases\":4,\"correct\":3,\"accuracy\":0.75},\"detection\":null,"
                + "\"faultKindsByFault\":{\"cpu\":{\"cases\":2,\"correct\":2,\"accuracy\":1.0},"
                + "\"mem\":{\"cases\":2,\"correct\":1,\"accuracy\":0.5}}}",
                summary.toString());

        List<String> lines = Files.readAllLines(rankings);
        assertEquals(4, lines.size());
        JsonNode second = Json.mapper().readTree(lines.get(1));
        assertEquals("cart_cpu/2", second.get("name").asText());
        assertEquals((HandmadeCases.START_S + 60) * 1000, second.get("onsetMs").asLong());
        assertEquals("cart", second.get("ranking").get(0).asText());
        assertEquals("cart-db", second.get("causes").get(0).get("component").asText());
        assertEquals("cart-db_cpu", second.get("metrics").get(0).get("column").asText());
        assertEquals("CPU", second.get("causes").get(0).get("faultKind").asText());
        JsonNode fourth = Json.mapper().readTree(lines.get(3));
        assertEquals(List.of("web", "pay"), List.of(fourth.get("ranking").get(0).asText(), fourth.get("ranking").get(1).asText()));
        assertEquals(2, fourth.get("rank").asInt());
        assertTrue(lines.stream().noneMatch(l -> l.contains("web_lat_50")), "p50 latency is dropped before ranking");
    }

    @Test
    void sockShopCasesAreSplitByFileAndTdeltaGivesTheOnsetLate() throws Exception {
        Path root = dir.resolve("sockshop");
        HandmadeCases.sockShopCase(root, "sock-shop-data/cart-cpu/1", 7, List.of(new Shift("cart_cpu", 0, 40)));
        HandmadeCases.sockShopCase(root, "sock-shop-data/pay-mem/1", 8, List.of(new Shift("pay_mem", 0, 5e7)));
        Path rankings = dir.resolve("ss.jsonl");

        // Ten of the seventy rows before the late onset are faulty: enough to hide the culprits from N-Sigma,
        // not from BARO. The default ranker is run with the fault time as given.
        Map<String, Double> ac1 = Map.of("baro", 1.0, "nsigma", 0.0, "baseline-deviation", 1.0);
        for (String ranker : List.of("baseline-deviation", "nsigma", "baro")) {
            String tdelta = ranker.equals("baseline-deviation") ? "0" : "10";
            out.reset();
            assertEquals(0, Main.run("evaluate", "rca", "--data", root.toString(), "--format", "sockshop1",
                    "--ranker", ranker, "--tdelta", tdelta, "--rankings", rankings.toString(), "--json"), err.toString());
            JsonNode summary = Json.mapper().readTree(lastLine());
            assertEquals(ranker, summary.get("ranker").asText());
            assertEquals(tdelta, summary.get("tdeltaSeconds").asText());
            assertEquals(2, summary.get("cases").asInt());
            assertEquals(ac1.get(ranker), summary.get("overall").get("ac1").asDouble(), ranker + ": " + out);
        }
        JsonNode first = Json.mapper().readTree(Files.readAllLines(rankings).get(0));
        assertEquals("cart-cpu/1", first.get("name").asText());
        assertEquals((HandmadeCases.START_S + 10) * 1000, first.get("onsetMs").asLong());
    }

    @Test
    void detectFindsTheOnsetWithTheLiveDetectorsAndCountsACaseWithoutOneAsAMiss() throws Exception {
        Path root = dir.resolve("sockshop");
        HandmadeCases.sockShopCase(root, "sock-shop-data/cart-cpu/1", 7,
                List.of(new Shift("cart_cpu", 5, 40), new Shift("cart_mem", 5, 5e7)));
        HandmadeCases.sockShopCase(root, "sock-shop-data/pay-mem/1", 8,
                List.of(new Shift("pay_mem", 5, 5e7), new Shift("pay_cpu", 5, 40)));
        HandmadeCases.sockShopCase(root, "sock-shop-data/web-cpu/1", 9, List.of());
        Path rankings = dir.resolve("detect.jsonl");
        // the shifts start 5 rows into the anomalous recording, whose first row is the given fault time
        // (never shown to the ranker): the onset found is 5 s after it

        assertEquals(0, Main.run("evaluate", "rca", "--data", root.toString(), "--format", "sockshop1", "--detect",
                "--after", "20", "--rankings", rankings.toString(), "--json"), err.toString());

        JsonNode summary = Json.mapper().readTree(lastLine());
        assertEquals("{\"afterSeconds\":20,\"found\":2,\"notFound\":1,\"notFoundCases\":[\"web-cpu/1\"],\"early\":0,"
                + "\"medianDelaySeconds\":5.0,\"maxDelaySeconds\":5.0}", summary.get("detection").toString(), out.toString());
        assertEquals(1, summary.get("unranked").asInt());
        assertEquals(2.0 / 3, summary.get("overall").get("ac1").asDouble(), 1e-12);
        List<String> lines = Files.readAllLines(rankings);
        JsonNode first = Json.mapper().readTree(lines.get(0));
        long onset = (HandmadeCases.START_S + 5) * 1000;
        assertEquals(onset, first.get("onsetMs").asLong());
        assertEquals(onset + 20_000, first.get("detected").get("decisionMs").asLong(), "no row after the decision is used");
        assertEquals("cart", first.get("ranking").get(0).asText());
        JsonNode missed = Json.mapper().readTree(lines.get(2));
        assertEquals("{\"found\":false,\"faultTimeMs\":" + HandmadeCases.START_S * 1000
                + ",\"openedAtMs\":-1,\"decisionMs\":-1,\"delaySeconds\":\"NaN\",\"incidentComponents\":[]}", missed.get("detected").toString());
        assertEquals(0, missed.get("ranking").size());
    }

    @Test
    void badChoicesAreUsageErrors() throws Exception {
        String data = rcaEvalFolder().toString();
        assertEquals(2, Main.run("evaluate", "rca", "--data", data, "--format", "rcaeval", "--detect", "--tdelta", "10"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(
                "--tdelta cannot be used with --detect, which ignores the fault time"), err.toString());

        err.reset();
        assertEquals(2, Main.run("evaluate", "rca", "--data", data, "--format", "rcaeval", "--level", "node"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("--level must be service or component, was node"),
                err.toString());

        err.reset();
        assertEquals(2, Main.run("evaluate", "rca", "--data", data, "--format", "rcaeval", "--ranker", "microrca"));
        assertEquals("faultline: unknown ranker 'microrca'; valid rankers: baseline-deviation, baro, nsigma",
                err.toString(StandardCharsets.UTF_8).strip());

        err.reset();
        assertEquals(2, Main.run("evaluate", "rca", "--data", data, "--format", "re2"));
        assertEquals("faultline: unknown format 're2'; valid formats: rcaeval, sockshop1, petshop",
                err.toString(StandardCharsets.UTF_8).strip());

        err.reset();
        assertEquals(2, Main.run("evaluate", "rca", "--data", dir.resolve("nothing").toString(), "--format", "rcaeval"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("faultline: data folder"), err.toString());

        err.reset();
        assertEquals(2, Main.run("evaluate", "rca", "--data", data, "--format", "rcaeval", "--tdelta", "-5"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("--tdelta must be >= 0, was -5"), err.toString());
    }
}
