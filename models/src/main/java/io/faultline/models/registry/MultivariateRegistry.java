package io.faultline.models.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.faultline.models.ModelJson;
import io.faultline.models.iforest.IsolationForestDetector;
import io.faultline.models.iforest.IsolationForestParams;
import io.faultline.models.kmeansdistance.KMeansDistanceDetector;
import io.faultline.models.kmeansdistance.KMeansDistanceParams;
import io.faultline.models.multivariate.MultivariateDetector;
import io.faultline.models.pca.PcaResidualDetector;
import io.faultline.models.pca.PcaResidualParams;
import java.util.List;

/**
 * The multivariate detectors Faultline knows, by name. Params are bound as strictly as
 * {@link DetectorRegistry}'s: omitted fields take the defaults, an unknown field or invalid value fails
 * with an {@link IllegalArgumentException} naming the detector and the field.
 */
public final class MultivariateRegistry {
    /** The default multivariate detector. */
    public static final String DEFAULT = PcaResidualDetector.NAME;

    private MultivariateRegistry() {
    }

    /** The registered names; the first is the default. */
    public static List<String> names() {
        return List.of(PcaResidualDetector.NAME, IsolationForestDetector.NAME, KMeansDistanceDetector.NAME);
    }

    /**
     * @param params a JSON object, or null for the defaults
     * @throws IllegalArgumentException for an unknown name (listing the valid ones) or bad params
     */
    public static MultivariateDetector create(String name, JsonNode params) {
        if (PcaResidualDetector.NAME.equals(name)) {
            return new PcaResidualDetector(bind(name, params, PcaResidualParams.defaults(), PcaResidualParams.class));
        }
        if (IsolationForestDetector.NAME.equals(name)) {
            return new IsolationForestDetector(bind(name, params, IsolationForestParams.defaults(),
                    IsolationForestParams.class));
        }
        if (KMeansDistanceDetector.NAME.equals(name)) {
            return new KMeansDistanceDetector(bind(name, params, KMeansDistanceParams.defaults(),
                    KMeansDistanceParams.class));
        }
        throw new IllegalArgumentException("unknown multivariate detector '" + name + "'; valid detectors: " + names());
    }

    private static <P extends Record> P bind(String name, JsonNode params, P defaults, Class<P> type) {
        if (params == null || params.isNull() || params.isMissingNode()) {
            return defaults;
        }
        if (!params.isObject()) {
            throw new IllegalArgumentException("params of detector '" + name + "' must be a JSON object, was "
                    + params.getNodeType());
        }
        ObjectNode merged = ModelJson.mapper().valueToTree(defaults);
        merged.setAll((ObjectNode) params);
        try {
            return ModelJson.mapper().treeToValue(merged, type);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("unknown parameter '" + e.getPropertyName() + "' for detector '" + name
                    + "'", e);
        } catch (ValueInstantiationException e) {
            throw new IllegalArgumentException("invalid params of detector '" + name + "': "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid params of detector '" + name + "': " + e.getOriginalMessage(), e);
        }
    }
}
