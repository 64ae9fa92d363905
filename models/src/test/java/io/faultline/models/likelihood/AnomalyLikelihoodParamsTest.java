package io.faultline.models.likelihood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.faultline.models.registry.DetectorRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnomalyLikelihoodParamsTest {
    private static final DetectorRegistry REGISTRY = DetectorRegistry.defaultRegistry();

    @Test
    void rejectsItselfAsABase() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> REGISTRY.create("anomaly-likelihood",
                JsonNodeFactory.instance.objectNode().set("bases", JsonNodeFactory.instance.arrayNode()
                        .add(JsonNodeFactory.instance.objectNode().put("detector", "anomaly-likelihood")
                                .set("params", JsonNodeFactory.instance.objectNode())))));
        assertEquals("invalid params of detector 'anomaly-likelihood': bases must not include 'anomaly-likelihood' itself",
                e.getMessage());
    }

    @Test
    void anUnknownBaseFailsWithTheValidNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> REGISTRY.create("anomaly-likelihood",
                JsonNodeFactory.instance.objectNode().set("bases", JsonNodeFactory.instance.arrayNode()
                        .add(JsonNodeFactory.instance.objectNode().put("detector", "prophet")
                                .set("params", JsonNodeFactory.instance.objectNode())))));
        assertEquals("unknown detector 'prophet'; valid detectors: " + REGISTRY.names(), e.getMessage());
    }

    @Test
    void validatesItsRanges() {
        List<BaseDetectorSpec> bases = AnomalyLikelihoodParams.defaults().bases();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AnomalyLikelihoodParams(
                bases, "unit", 0, 300, 300, 8640, 100, 0.03, 0.01, 1e-10, 0.05, 0, 5.0));
        assertEquals("averagingWindow must be in [1, 1000], was 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new AnomalyLikelihoodParams(
                bases, "cube", 10, 300, 300, 8640, 100, 0.03, 0.01, 1e-10, 0.05, 0, 5.0));
        assertEquals("input must be one of [raw, log1p, unit], was cube", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new AnomalyLikelihoodParams(
                bases, "unit", 10, 300, 300, 100, 100, 0.03, 0.01, 1e-10, 0.05, 0, 5.0));
        assertEquals("historicWindow must be >= estimationSamples (300), was 100", e.getMessage());
    }
}
