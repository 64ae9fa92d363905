package io.faultline.training.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.faultline.models.Detector;
import io.faultline.models.ModelJson;
import io.faultline.models.kmeans.KMeansWindowDetector;
import io.faultline.models.robust.RobustZScoreDetector;
import io.faultline.models.registry.DetectorRegistry;
import java.util.Map;

/**
 * The configured detector of a run and the facts the report needs about it: its params with defaults
 * filled in, its seed, its threshold and how many finite points it needs to learn anything.
 *
 * @param params    the effective params, as JSON
 * @param seed      the {@code seed} param, null when the detector has none
 * @param threshold the threshold param, null for a detector not in {@link #THRESHOLD_PARAM}
 * @param minPoints finite points a series needs to be trained, >= 1
 */
record DetectorSetup(Detector detector, JsonNode params, Long seed, Double threshold, int minPoints) {
    private static final String SEED = "seed";
    /** Which param is the threshold: the params records name it differently. */
    private static final Map<String, String> THRESHOLD_PARAM = Map.of(
            RobustZScoreDetector.NAME, "threshold",
            KMeansWindowDetector.NAME, "thresholdFactor");
    /** Which param says how much history the detector needs before it scores anything. */
    private static final Map<String, String> MIN_POINTS_PARAM = Map.of(
            RobustZScoreDetector.NAME, "minPoints",
            KMeansWindowDetector.NAME, "minHistory");

    /**
     * Configures {@code name} from the registry.
     *
     * @throws IllegalArgumentException with the registry's message for an unknown detector or bad
     *                                  params, or when a seed is given for a detector without one or
     *                                  contradicts {@code params.seed}
     */
    static DetectorSetup resolve(DetectorRegistry registry, String name, JsonNode requested, Long seed) {
        Detector detector = registry.create(name, requested);
        ObjectNode effective = ModelJson.mapper().valueToTree(detector.params());
        if (seed != null) {
            if (!effective.has(SEED)) {
                throw new IllegalArgumentException("detector '" + name + "' takes no seed, but seed " + seed + " was given");
            }
            JsonNode asked = requested == null ? null : requested.get(SEED);
            if (asked != null && !asked.isNull() && !(asked.canConvertToLong() && asked.asLong() == seed)) {
                throw new IllegalArgumentException("seed " + seed + " contradicts params.seed=" + asked);
            }
            effective.put(SEED, seed);
            detector = registry.create(name, effective);
            effective = ModelJson.mapper().valueToTree(detector.params());
        }
        return new DetectorSetup(detector, effective,
                effective.has(SEED) ? effective.get(SEED).asLong() : null,
                number(effective, THRESHOLD_PARAM.get(name)),
                minPoints(effective, MIN_POINTS_PARAM.get(name)));
    }

    private static Double number(JsonNode params, String field) {
        JsonNode value = field == null ? null : params.get(field);
        return value != null && value.isNumber() ? value.doubleValue() : null;
    }

    private static int minPoints(JsonNode params, String field) {
        JsonNode value = field == null ? null : params.get(field);
        return value != null && value.canConvertToInt() ? Math.max(1, value.intValue()) : 1;
    }
}
