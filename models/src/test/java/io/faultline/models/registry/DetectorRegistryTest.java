package io.faultline.models.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.ModelJson;
import io.faultline.models.SyntheticSeries;
import io.faultline.models.kmeans.KMeansWindowParams;
import io.faultline.models.robust.FittedRobustZScore;
import io.faultline.models.robust.RobustZScoreDetector;
import io.faultline.models.robust.RobustZScoreParams;
import io.faultline.models.robust.RobustZScoreState;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectorRegistryTest {
    private final DetectorRegistry registry = DetectorRegistry.defaultRegistry();

    private static JsonNode json(String text) throws Exception {
        return ModelJson.mapper().readTree(text);
    }

    private String problem(String name, String params) {
        return assertThrows(IllegalArgumentException.class, () -> registry.create(name, json(params))).getMessage();
    }

    @Test
    void listsTheBuiltInDetectors() {
        assertEquals(List.of("robust-zscore", "block-median", "kmeans-window", "windowed-gaussian", "ewma", "seasonal-profile", "bocpd", "rcf", "cad-ose", "artime", "anomaly-likelihood", "max-ensemble"), registry.names());
    }

    @Test
    void missingParamsTakeTheDefaults() throws Exception {
        assertEquals(RobustZScoreParams.defaults(), registry.create("robust-zscore", null).params());
        assertEquals(KMeansWindowParams.defaults(), registry.create("kmeans-window", json("{}")).params());
        Detector detector = registry.create("robust-zscore", json("{\"window\": 60, \"threshold\": 3.5}"));
        assertEquals("robust-zscore", detector.name());
        assertEquals(new RobustZScoreParams(60, 30, 3.5, 0.01, 1e-6), detector.params());
    }

    @Test
    void badParamsAreReportedByField() {
        assertEquals("unknown detector 'prophet'; valid detectors: [robust-zscore, block-median, kmeans-window, windowed-gaussian, ewma, seasonal-profile, bocpd, rcf, cad-ose, artime, anomaly-likelihood, max-ensemble]",
                problem("prophet", "{}"));
        assertEquals("unknown parameter 'windw' for detector 'robust-zscore'; known parameters: "
                + "[window, minPoints, threshold, relativeScaleFloor, absoluteScaleFloor]",
                problem("robust-zscore", "{\"windw\": 60}"));
        assertEquals("invalid params of detector 'robust-zscore': window must be >= 3, was 1",
                problem("robust-zscore", "{\"window\": 1}"));
        assertEquals("params of detector 'kmeans-window' must be a JSON object, was ARRAY",
                problem("kmeans-window", "[1]"));
        assertStartsWith("invalid params of detector 'kmeans-window': at 'clusters': Cannot coerce Floating-point value (2.5)",
                problem("kmeans-window", "{\"clusters\": 2.5}"));
        assertStartsWith("invalid params of detector 'robust-zscore': at 'threshold': Cannot coerce String value (\"high\")",
                problem("robust-zscore", "{\"threshold\": \"high\"}"));
        assertStartsWith("invalid params of detector 'robust-zscore': at 'minPoints': Cannot map `null`",
                problem("robust-zscore", "{\"minPoints\": null}"));
    }

    @Test
    void restoresWhatItFitted() {
        for (String name : registry.names()) {
            FittedDetector fitted = registry.create(name, null).fit(SyntheticSeries.noisySeasonal(4, 0, 400));
            JsonNode state = ModelJson.mapper().valueToTree(fitted.state());
            assertEquals(fitted, registry.restore(fitted.provenance(), state), name);
        }
    }

    @Test
    void refusesBadState() throws Exception {
        FittedDetector fitted = registry.create("robust-zscore", null).fit(SyntheticSeries.empty());
        assertStartsWith("invalid state of detector 'robust-zscore': at 'window[1]': Cannot coerce String value",
                assertThrows(IllegalArgumentException.class,
                        () -> registry.restore(fitted.provenance(), json("{\"window\": [1, \"x\"]}"))).getMessage());
        assertStartsWith("invalid state of detector 'robust-zscore': at 'extra': Unrecognized field \"extra\"",
                assertThrows(IllegalArgumentException.class,
                        () -> registry.restore(fitted.provenance(), json("{\"window\": [1], \"extra\": 2}"))).getMessage());
        String tooLong = "{\"window\": " + java.util.Collections.nCopies(241, 1.0) + "}";
        assertEquals("invalid state of detector 'robust-zscore': state window holds 241 values, more than window=240",
                assertThrows(IllegalArgumentException.class,
                        () -> registry.restore(fitted.provenance(), json(tooLong))).getMessage());
        assertEquals("state of detector 'robust-zscore' is missing",
                assertThrows(IllegalArgumentException.class, () -> registry.restore(fitted.provenance(), null)).getMessage());
    }

    @Test
    void refusesTwoFactoriesWithOneName() {
        DetectorFactory<RobustZScoreParams, RobustZScoreState> factory = new DetectorFactory<>("robust-zscore",
                RobustZScoreParams.class, RobustZScoreParams.defaults(), RobustZScoreDetector::new,
                RobustZScoreState.class, FittedRobustZScore::new);
        assertEquals("detector 'robust-zscore' is registered twice", assertThrows(IllegalArgumentException.class,
                () -> new DetectorRegistry(List.of(factory, factory))).getMessage());
        assertEquals(List.of("robust-zscore"), new DetectorRegistry(List.of(factory)).names());
    }

    private static void assertStartsWith(String prefix, String actual) {
        assertTrue(actual.startsWith(prefix), () -> "expected a message starting with <" + prefix + "> but was <" + actual + ">");
    }
}
