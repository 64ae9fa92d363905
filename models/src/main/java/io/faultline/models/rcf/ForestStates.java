package io.faultline.models.rcf;

import com.amazon.randomcutforest.config.Precision;
import com.amazon.randomcutforest.config.TransformMethod;
import com.amazon.randomcutforest.parkservices.ThresholdedRandomCutForest;
import com.amazon.randomcutforest.parkservices.state.ThresholdedRandomCutForestMapper;
import com.amazon.randomcutforest.parkservices.state.ThresholdedRandomCutForestState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Builds forests from params and converts them to and from the JSON tree of the library's state
 * object. The library's state classes are plain beans, so a private, default-configured mapper
 * binds them; unknown fields are still rejected, so a damaged model file fails.
 */
final class ForestStates {
    private static final ObjectMapper BEANS = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ForestStates() {
    }

    static ThresholdedRandomCutForest newForest(RcfParams params) {
        return ThresholdedRandomCutForest.builder()
                .dimensions(params.shingleSize())
                .shingleSize(params.shingleSize())
                .internalShinglingEnabled(true)
                .sampleSize(params.sampleSize())
                .numberOfTrees(params.numberOfTrees())
                .outputAfter(params.outputAfter())
                .anomalyRate(params.anomalyRate())
                .transformMethod(TransformMethod.valueOf(params.transformMethod()))
                .precision(Precision.FLOAT_32)
                .parallelExecutionEnabled(false)
                .randomSeed(params.seed())
                .build();
    }

    /**
     * The forest's state as a tree equal to what a model file parses back: going through text turns
     * the float nodes of the state's float arrays into the double nodes a parser makes, so a
     * fitted detector equals its saved and loaded self.
     */
    static JsonNode toJson(ThresholdedRandomCutForest forest) {
        ThresholdedRandomCutForestMapper mapper = new ThresholdedRandomCutForestMapper();
        try {
            return BEANS.readTree(BEANS.writeValueAsString(mapper.toState(forest)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the forest's state cannot be written as JSON", e);
        }
    }

    static ThresholdedRandomCutForest fromJson(JsonNode json, long seed) {
        ThresholdedRandomCutForestState state;
        try {
            state = BEANS.treeToValue(json, ThresholdedRandomCutForestState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("forest is not a ThresholdedRandomCutForestState: " + e.getOriginalMessage(), e);
        }
        return new ThresholdedRandomCutForestMapper().toModel(state, seed);
    }
}
