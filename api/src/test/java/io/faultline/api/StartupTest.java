package io.faultline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.faultline.api.config.ConfigException;
import io.faultline.api.config.DetectionConfig;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.config.StorageConfig;
import io.faultline.ingest.store.DuckDbMetricStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configuration that cannot work stops startup with one message naming the setting and the problem. */
class StartupTest {
    @TempDir
    Path dir;

    private static FaultlineConfig inMemory() {
        return FaultlineConfig.defaults().withStorage(new StorageConfig(":memory:"));
    }

    @Test
    void aTopologyEdgeToAnUnknownComponentStopsStartup() throws Exception {
        Path topology = dir.resolve("topology.yaml");
        Files.writeString(topology, """
                components: [{name: frontend}, {name: orders}]
                edges: [{caller: frontend, callee: payments}]
                """);
        try (DuckDbMetricStore store = DuckDbMetricStore.open(":memory:")) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> PipelineAssembly.build(inMemory().withTopology(topology.toString()), store));
            assertEquals(true, e.getMessage().startsWith("topology: "), e.getMessage());
            assertEquals(true, e.getMessage().contains("payments"), e.getMessage());
        }
    }

    @Test
    void anUnknownDetectorStopsStartup() {
        FaultlineConfig config = FaultlineConfig.defaults().withStorage(new StorageConfig(":memory:"))
                .withDetection(new DetectionConfig("prophet", JsonNodeFactory.instance.objectNode(), ""));
        try (DuckDbMetricStore store = DuckDbMetricStore.open(":memory:")) {
            assertEquals("detection: unknown detector 'prophet'; valid detectors: [robust-zscore, block-median, kmeans-window, windowed-gaussian, ewma, seasonal-profile, bocpd, rcf, cad-ose, artime, anomaly-likelihood, max-ensemble]",
                    assertThrows(ConfigException.class, () -> PipelineAssembly.build(config, store)).getMessage());
        }
    }
}
