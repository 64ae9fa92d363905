package io.faultline.models.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.faultline.models.FittedDetector;
import io.faultline.models.ModelJson;
import io.faultline.models.SyntheticSeries;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelFilesTest {
    private final DetectorRegistry registry = DetectorRegistry.defaultRegistry();
    private final ModelFiles files = new ModelFiles(registry);

    private String problem(String json) {
        return assertThrows(InvalidModelFileException.class, () -> files.fromJson(json, "models/cpu.json")).getMessage();
    }

    @Test
    void aModelIsProvenanceAndStateAndRoundTrips() throws Exception {
        for (String name : registry.names()) {
            FittedDetector fitted = registry.create(name, null).fit(SyntheticSeries.noisySeasonal(8, 0, 300));
            String json = files.toJson(fitted);
            JsonNode tree = ModelJson.mapper().readTree(json);
            assertEquals(List.of("provenance", "state"), fieldNames(tree));
            assertEquals(name, tree.at("/provenance/detector").asText());
            FittedDetector loaded = files.fromJson(json, "memory");
            assertEquals(fitted, loaded, name);
            assertEquals(json, files.toJson(loaded), name);
        }
    }

    @Test
    void badDocumentsFailNamingTheSource() throws Exception {
        FittedDetector fitted = registry.create("robust-zscore", null).fit(SyntheticSeries.noisySeasonal(8, 0, 50));
        ObjectNode document = (ObjectNode) ModelJson.mapper().readTree(files.toJson(fitted));

        ((ObjectNode) document.get("provenance")).put("detector", "prophet");
        assertEquals("model file models/cpu.json: unknown detector 'prophet'; valid detectors: [robust-zscore, block-median, kmeans-window, windowed-gaussian, ewma, seasonal-profile, bocpd, rcf, cad-ose, artime, anomaly-likelihood, max-ensemble]",
                problem(document.toString()));

        document = (ObjectNode) ModelJson.mapper().readTree(files.toJson(fitted));
        document.set("state", ModelJson.mapper().createObjectNode().put("window", 3));
        assertTrue(problem(document.toString()).startsWith(
                "model file models/cpu.json: invalid state of detector 'robust-zscore': at 'window': "));

        assertTrue(problem("{\"provenance\": ").startsWith("model file models/cpu.json: not a model document (line 1): "));
        assertTrue(problem("{\"state\": {}}").startsWith("model file models/cpu.json: not a model document (line 1): "
                + "Missing creator property 'provenance'"), problem("{\"state\": {}}"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
