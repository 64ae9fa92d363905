package io.faultline.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.api.Json;
import io.faultline.api.evaluate.NabFixture;
import io.faultline.datasets.nab.NabSeries;
import io.faultline.models.registry.DetectorRegistry;
import io.faultline.training.nab.NabReport;
import io.faultline.training.nab.NabScorer;
import io.faultline.api.ConsoleCapture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code faultline evaluate nab} on a handmade NAB folder: summary, results layout and report. */
class EvaluateNabIT {
    private static final Pattern REMOTE = Pattern.compile("(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//", Pattern.CASE_INSENSITIVE);

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    private JsonNode lastLine() throws Exception {
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        return Json.mapper().readTree(lines[lines.length - 1]);
    }

    @Test
    void summaryResultsAndReportOfOneDetector() throws Exception {
        Path data = dir.resolve("nab");
        NabFixture.write(data);
        Path report = dir.resolve("report");
        Path results = dir.resolve("results");
        assertEquals(0, Main.run("evaluate", "nab", "--data", data.toString(), "--detector", "robust-zscore",
                "--params", "{\"threshold\": 5.0}", "--threads", "2", "--results", results.toString(),
                "--report", report.toString(), "--json"), err.toString(StandardCharsets.UTF_8));

        JsonNode s = lastLine();
        assertEquals("robust-zscore", s.get("detector").asText());
        assertEquals(5.0, s.get("params").get("threshold").asDouble());
        assertEquals(240, s.get("params").get("window").asInt());
        assertEquals("ln(1+s)/(1+ln(1+s))", s.get("scoreMap").asText());
        NabReport perfect = new NabScorer().score(NabFixture.oracle(), NabFixture.corpus().profiles());
        for (String profile : List.of("standard", "reward_low_FP_rate", "reward_low_FN_rate")) {
            assertEquals(perfect.profile(profile).normalisedScore(), s.get("scores").get(profile).asDouble(), 1e-12, profile);
            assertEquals(perfect.profile(profile).category("spikes").normalisedScore(),
                    s.get("categories").get("spikes").get(profile).asDouble(), 1e-12, profile);
            assertTrue(s.get("categories").get("quiet").get(profile).isNull(), "no window, no score: " + profile);
            assertTrue(s.get("thresholds").get(profile).asDouble() > 0 && s.get("thresholds").get(profile).asDouble() < 1);
            assertTrue(s.get("ownThresholdScores").has(profile));
        }
        assertEquals(3, s.get("files").asInt());
        assertEquals(3 * NabFixture.ROWS, s.get("rows").asInt());
        assertEquals(2, s.get("threads").asInt());
        assertTrue(s.get("elapsedSeconds").asDouble() >= s.get("detectSeconds").asDouble());
        assertTrue(s.get("pointsPerSecond").asDouble() > 0);
        assertEquals(s, Json.mapper().readTree(report.resolve("summary.json").toFile()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("| robust-zscore |"));

        for (NabSeries series : NabFixture.corpus().series()) {
            Path csv = results.resolve("robust-zscore").resolve(series.category())
                    .resolve("robust-zscore_" + series.name() + ".csv");
            List<String> lines = Files.readAllLines(csv);
            assertEquals("timestamp,value,anomaly_score,label", lines.get(0));
            assertEquals(NabFixture.ROWS + 1, lines.size());
        }

        String html = Files.readString(report.resolve("index.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(REMOTE.matcher(html).find(), "the page must not load anything from the network");
        assertFalse(html.contains("<link") || html.contains("<script src") || html.contains("<img"));
        for (NabSeries series : NabFixture.corpus().series()) {
            assertTrue(html.contains("<b>" + series.relativePath() + "</b>"), series.relativePath());
        }
        assertEquals(3, html.split("<details", -1).length - 1);
    }

    @Test
    void allDetectorsGiveOneRowAndOneSummaryEach() throws Exception {
        Path data = dir.resolve("nab");
        NabFixture.write(data);
        assertEquals(0, Main.run("evaluate", "nab", "--data", data.toString(), "--detector", "all", "--json"));
        JsonNode s = lastLine();
        List<String> detectors = new ArrayList<>();
        s.get("detectors").forEach(d -> detectors.add(d.get("detector").asText()));
        assertEquals(DetectorRegistry.defaultRegistry().names(), detectors);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("| robust-zscore |") && text.contains("| kmeans-window |"), text);
    }

    @Test
    void aFolderOutOfLayoutFailsNamingTheMissingFile() throws Exception {
        Path data = dir.resolve("nab");
        NabFixture.write(data);
        Files.delete(data.resolve("labels/combined_windows.json"));
        assertEquals(2, Main.run("evaluate", "nab", "--data", data.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("combined_windows.json"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownDetectorFailsListingTheValidOnes() throws Exception {
        Path data = dir.resolve("nab");
        NabFixture.write(data);
        assertEquals(2, Main.run("evaluate", "nab", "--data", data.toString(), "--detector", "nope"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("valid detectors: " + DetectorRegistry.defaultRegistry().names()),
                err.toString(StandardCharsets.UTF_8));
    }
}
