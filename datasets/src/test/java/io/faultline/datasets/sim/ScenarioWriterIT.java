package io.faultline.datasets.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioWriterIT {
    private static final SimulationParams PARAMS = SimulationParams.defaults();
    private static final Scenario SCENARIO = new Scenario(77, FaultType.CPU_HOG, "catalogue", Duration.ofMinutes(30),
            Duration.ofMinutes(15), Duration.ofMinutes(5));

    @TempDir
    Path dir;

    @Test
    void metricsCsvHoldsEveryTickOfEverySeries() throws IOException {
        new ScenarioWriter().write(PARAMS, SCENARIO, dir.resolve("run"));
        List<String> lines = Files.readAllLines(dir.resolve("run").resolve(ScenarioWriter.METRICS_FILE),
                StandardCharsets.UTF_8);
        WebShopSimulator reference = new WebShopSimulator(PARAMS, SCENARIO);
        assertEquals(reference.tickCount() + 1, lines.size());
        assertEquals(200, reference.tickCount());

        List<String> header = parseCsvLine(lines.get(0));
        assertEquals("time", header.get(0));
        assertEquals(reference.seriesKeys().stream().map(Object::toString).toList(), header.subList(1, header.size()));
        assertTrue(lines.get(0).startsWith("time,\"cpu_usage_ratio{service=\"\"frontend\"\"}\","), lines.get(0));

        for (int row = 1; row < lines.size(); row++) {
            SampleBatch batch = reference.next();
            String[] cells = lines.get(row).split(",", -1);
            assertEquals(header.size(), cells.length, "row " + row);
            assertEquals(batch.series().get(0).timestampsMs()[0], Long.parseLong(cells[0]), "row " + row);
            List<SeriesSamples> series = batch.series();
            for (int c = 0; c < series.size(); c++) {
                assertEquals(series.get(c).values()[0], Double.parseDouble(cells[c + 1]), "row " + row + " col " + c);
            }
        }
    }

    @Test
    void truthJsonHasTheGroundTruthFields() throws IOException {
        GroundTruth written = new ScenarioWriter().write(PARAMS, SCENARIO, dir);
        ObjectMapper json = new ObjectMapper();
        JsonNode truth = json.readTree(dir.resolve(ScenarioWriter.TRUTH_FILE).toFile());
        long onset = SimulationParams.DEFAULT_START_EPOCH_MS + 30 * 60_000L;
        assertEquals(77, truth.get("seed").asLong());
        assertEquals("cpu-hog", truth.get("fault").asText());
        assertEquals("CPU", truth.get("faultKind").asText());
        assertEquals("cpu_usage_ratio", truth.get("signatureMetric").asText());
        assertEquals("catalogue", truth.get("component").asText());
        assertEquals(onset, truth.get("injectedAtMs").asLong());
        assertEquals(onset + 15 * 60_000L, truth.get("endsAtMs").asLong());
        assertEquals("[\"catalogue\",\"frontend\",\"recommendation\"]", truth.get("affectedComponents").toString());
        assertEquals(written, json.treeToValue(truth, GroundTruth.class));
    }

    @Test
    void topologyYamlParsesAndEveryEdgeNamesAKnownComponent() throws IOException {
        new ScenarioWriter().write(PARAMS, SCENARIO, dir);
        JsonNode topology = new YAMLMapper().readTree(dir.resolve(ScenarioWriter.TOPOLOGY_FILE).toFile());
        List<String> keys = new ArrayList<>();
        topology.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("componentLabels", "components", "edges"), keys);
        assertEquals("[\"service\"]", topology.get("componentLabels").toString());
        Set<String> names = new HashSet<>();
        for (JsonNode c : topology.get("components")) {
            assertEquals(2, c.size(), c.toString());
            assertTrue(names.add(c.get("name").asText()), "duplicate " + c);
            assertTrue(Set.of("service", "database", "queue").contains(c.get("kind").asText()), c.toString());
        }
        assertEquals(17, names.size());
        assertEquals(21, topology.get("edges").size());
        for (JsonNode e : topology.get("edges")) {
            assertEquals(2, e.size(), e.toString());
            assertTrue(names.contains(e.get("caller").asText()), e.toString());
            assertTrue(names.contains(e.get("callee").asText()), e.toString());
        }
        assertEquals("{\"caller\":\"frontend\",\"callee\":\"catalogue\"}", topology.get("edges").get(0).toString());
    }

    @Test
    void refusesAStartedSimulator() {
        WebShopSimulator sim = new WebShopSimulator(PARAMS, SCENARIO);
        sim.next();
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new ScenarioWriter().write(sim, dir));
        assertEquals("simulator already emitted 1 ticks; pass a fresh one", e.getMessage());
    }

    /** Enough RFC 4180 for a header: quoted fields with doubled quotes. */
    private static List<String> parseCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
