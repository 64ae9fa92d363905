package io.faultline.training.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.models.ModelJson;
import io.faultline.models.kmeans.KMeansWindowParams;
import io.faultline.models.registry.DetectorRegistry;
import org.junit.jupiter.api.Test;

class DetectorSetupTest {
    private final DetectorRegistry registry = DetectorRegistry.defaultRegistry();

    @Test
    void robustZScoreHasNoSeedAndReadsThresholdAndMinPoints() throws Exception {
        DetectorSetup setup = DetectorSetup.resolve(registry, "robust-zscore", json("{\"window\": 10, \"minPoints\": 5}"), null);

        assertEquals(json("{\"window\":10,\"minPoints\":5,\"threshold\":4.0,\"relativeScaleFloor\":0.01,"
                + "\"absoluteScaleFloor\":1.0E-6}"), setup.params());
        assertNull(setup.seed());
        assertEquals(4.0, setup.threshold());
        assertEquals(5, setup.minPoints());
    }

    @Test
    void theRequestSeedBecomesTheKMeansSeed() {
        DetectorSetup setup = DetectorSetup.resolve(registry, "kmeans-window", null, 7L);

        assertEquals(7L, setup.seed());
        assertEquals(7L, ((KMeansWindowParams) setup.detector().params()).seed());
        assertEquals(7L, setup.params().get("seed").asLong());
        assertEquals(1.0, setup.threshold());
        assertEquals(256, setup.minPoints());
        assertEquals(42L, DetectorSetup.resolve(registry, "kmeans-window", null, null).seed());
    }

    @Test
    void aSeedMayRepeatTheParamsSeedButNotContradictIt() throws Exception {
        assertEquals(7L, DetectorSetup.resolve(registry, "kmeans-window", json("{\"seed\": 7}"), 7L).seed());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DetectorSetup.resolve(registry, "kmeans-window", json("{\"seed\": 8}"), 7L));
        assertEquals("seed 7 contradicts params.seed=8", e.getMessage());
    }

    @Test
    void aSeedForADetectorWithoutOneIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DetectorSetup.resolve(registry, "robust-zscore", null, 1L));
        assertEquals("detector 'robust-zscore' takes no seed, but seed 1 was given", e.getMessage());
    }

    @Test
    void unknownDetectorsAndBadParamsKeepTheRegistrysMessage() throws Exception {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> DetectorSetup.resolve(registry, "nope", null, null));
        assertEquals("unknown detector 'nope'; valid detectors: [robust-zscore, block-median, kmeans-window, windowed-gaussian, ewma, seasonal-profile, bocpd, rcf, cad-ose, artime, anomaly-likelihood, max-ensemble]", unknown.getMessage());

        JsonNode bad = json("{\"window\": 1}");
        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class,
                () -> DetectorSetup.resolve(registry, "robust-zscore", bad, null));
        String registryMessage = assertThrows(IllegalArgumentException.class,
                () -> registry.create("robust-zscore", bad)).getMessage();
        assertEquals(registryMessage, invalid.getMessage());
    }

    private static JsonNode json(String text) throws Exception {
        return ModelJson.mapper().readTree(text);
    }
}
