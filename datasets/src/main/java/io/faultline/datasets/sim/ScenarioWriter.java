package io.faultline.datasets.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a scenario folder in the shared formats: {@value #METRICS_FILE} (wide CSV, time in unix
 * milliseconds, one column per series in Prometheus text form), {@value #TRUTH_FILE} (the
 * {@link GroundTruth}) and {@value #TOPOLOGY_FILE} (components and edges, {@code componentLabels: [service]}).
 * Existing files of those names are replaced; other files in the folder are left alone.
 */
public final class ScenarioWriter {
    public static final String METRICS_FILE = "metrics.csv";
    public static final String TRUTH_FILE = "truth.json";
    public static final String TOPOLOGY_FILE = "topology.yaml";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ObjectMapper yaml = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    /** Simulates the scenario on the standard shop and writes it to {@code directory}. */
    public GroundTruth write(SimulationParams params, Scenario scenario, Path directory) throws IOException {
        return write(new WebShopSimulator(params, scenario), directory);
    }

    /**
     * Runs a fresh simulator to its end, writing every tick.
     *
     * @throws IllegalStateException when the simulator has already emitted ticks (the CSV would miss them)
     */
    public GroundTruth write(WebShopSimulator simulator, Path directory) throws IOException {
        if (simulator.ticksEmitted() > 0) {
            throw new IllegalStateException("simulator already emitted " + simulator.ticksEmitted()
                    + " ticks; pass a fresh one");
        }
        Files.createDirectories(directory);
        writeMetrics(simulator, directory.resolve(METRICS_FILE));
        json.writeValue(directory.resolve(TRUTH_FILE).toFile(), simulator.truth());
        writeTopology(simulator.topology(), directory.resolve(TOPOLOGY_FILE));
        return simulator.truth();
    }

    /** Writes the topology file alone, in the format the server's {@code topology} setting reads. */
    public void writeTopology(Topology topology, Path file) throws IOException {
        yaml.writeValue(file.toFile(), topologyDocument(topology));
    }

    private static void writeMetrics(WebShopSimulator simulator, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder("time");
            for (SeriesKey key : simulator.seriesKeys()) {
                line.append(',').append(csvField(key.toString()));
            }
            out.write(line.append("\r\n").toString());
            while (simulator.hasNext()) {
                SampleBatch batch = simulator.next();
                List<SeriesSamples> series = batch.series();
                line.setLength(0);
                line.append(series.get(0).timestampsMs()[0]);
                for (SeriesSamples s : series) {
                    line.append(',').append(number(s.values()[0]));
                }
                out.write(line.append("\r\n").toString());
            }
        }
    }

    private static Map<String, Object> topologyDocument(Topology topology) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("componentLabels", List.of(SimMetric.COMPONENT_LABEL));
        doc.put("components", topology.components().stream()
                .map(c -> orderedMap("name", c.name(), "kind", c.kind())).toList());
        doc.put("edges", topology.edges().stream()
                .map(e -> orderedMap("caller", e.caller(), "callee", e.callee())).toList());
        return doc;
    }

    private static Map<String, String> orderedMap(String k1, String v1, String k2, String v2) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    /** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
    static String csvField(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Plain decimal notation (no exponent), so every CSV reader takes it. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
