package io.faultline.models.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.LearnedValues;
import io.faultline.models.ModelJson;
import io.faultline.models.Provenance;
import io.faultline.models.artime.ArtimeDetector;
import io.faultline.models.artime.ArtimeParams;
import io.faultline.models.artime.FittedArtime;
import io.faultline.models.blockmedian.BlockMedianDetector;
import io.faultline.models.blockmedian.BlockMedianParams;
import io.faultline.models.blockmedian.BlockMedianState;
import io.faultline.models.blockmedian.FittedBlockMedian;
import io.faultline.models.bocpd.BocpdDetector;
import io.faultline.models.bocpd.BocpdParams;
import io.faultline.models.bocpd.BocpdState;
import io.faultline.models.bocpd.FittedBocpd;
import io.faultline.models.cad.CadOseDetector;
import io.faultline.models.cad.CadOseParams;
import io.faultline.models.cad.FittedCadOse;
import io.faultline.models.ensemble.FittedMaxEnsemble;
import io.faultline.models.ensemble.MaxEnsembleDetector;
import io.faultline.models.ensemble.MaxEnsembleParams;
import io.faultline.models.ensemble.MaxEnsembleState;
import io.faultline.models.ewma.EwmaDetector;
import io.faultline.models.ewma.EwmaParams;
import io.faultline.models.ewma.EwmaState;
import io.faultline.models.ewma.FittedEwma;
import io.faultline.models.gaussian.FittedWindowedGaussian;
import io.faultline.models.gaussian.WindowedGaussianDetector;
import io.faultline.models.gaussian.WindowedGaussianParams;
import io.faultline.models.gaussian.WindowedGaussianState;
import io.faultline.models.kmeans.FittedKMeansWindow;
import io.faultline.models.kmeans.KMeansWindowDetector;
import io.faultline.models.kmeans.KMeansWindowParams;
import io.faultline.models.kmeans.KMeansWindowState;
import io.faultline.models.likelihood.AnomalyLikelihoodDetector;
import io.faultline.models.likelihood.AnomalyLikelihoodParams;
import io.faultline.models.likelihood.AnomalyLikelihoodState;
import io.faultline.models.likelihood.FittedAnomalyLikelihood;
import io.faultline.models.rcf.FittedRcf;
import io.faultline.models.rcf.RcfDetector;
import io.faultline.models.rcf.RcfParams;
import io.faultline.models.rcf.RcfState;
import io.faultline.models.robust.FittedRobustZScore;
import io.faultline.models.robust.RobustZScoreDetector;
import io.faultline.models.robust.RobustZScoreParams;
import io.faultline.models.robust.RobustZScoreState;
import io.faultline.models.seasonal.FittedSeasonalProfile;
import io.faultline.models.seasonal.SeasonalProfileDetector;
import io.faultline.models.seasonal.SeasonalProfileParams;
import io.faultline.models.seasonal.SeasonalProfileState;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The detectors Faultline knows, by name, in an explicit list. Params arrive as JSON (from
 * config, the API or a model file) and are bound strictly: fields left out take the detector's
 * defaults, unknown fields and invalid values fail with an {@link IllegalArgumentException}
 * naming the detector and the field. Immutable and thread-safe.
 */
public final class DetectorRegistry {
    private static final DetectorRegistry DEFAULT = new DetectorRegistry(List.of(
            new DetectorFactory<>(RobustZScoreDetector.NAME, RobustZScoreParams.class, RobustZScoreParams.defaults(),
                    RobustZScoreDetector::new, RobustZScoreState.class, FittedRobustZScore::new),
            new DetectorFactory<>(BlockMedianDetector.NAME, BlockMedianParams.class, BlockMedianParams.defaults(),
                    BlockMedianDetector::new, BlockMedianState.class, FittedBlockMedian::new),
            new DetectorFactory<>(KMeansWindowDetector.NAME, KMeansWindowParams.class, KMeansWindowParams.defaults(),
                    KMeansWindowDetector::new, KMeansWindowState.class, FittedKMeansWindow::new),
            new DetectorFactory<>(WindowedGaussianDetector.NAME, WindowedGaussianParams.class,
                    WindowedGaussianParams.defaults(), WindowedGaussianDetector::new, WindowedGaussianState.class,
                    FittedWindowedGaussian::new),
            new DetectorFactory<>(EwmaDetector.NAME, EwmaParams.class, EwmaParams.defaults(),
                    EwmaDetector::new, EwmaState.class, FittedEwma::new),
            new DetectorFactory<>(SeasonalProfileDetector.NAME, SeasonalProfileParams.class,
                    SeasonalProfileParams.defaults(), SeasonalProfileDetector::new, SeasonalProfileState.class,
                    FittedSeasonalProfile::new),
            new DetectorFactory<>(BocpdDetector.NAME, BocpdParams.class, BocpdParams.defaults(),
                    BocpdDetector::new, BocpdState.class, FittedBocpd::new),
            new DetectorFactory<>(RcfDetector.NAME, RcfParams.class, RcfParams.defaults(),
                    RcfDetector::new, RcfState.class, FittedRcf::new),
            new DetectorFactory<>(CadOseDetector.NAME, CadOseParams.class, CadOseParams.defaults(),
                    CadOseDetector::new, LearnedValues.class, FittedCadOse::new),
            new DetectorFactory<>(ArtimeDetector.NAME, ArtimeParams.class, ArtimeParams.defaults(),
                    ArtimeDetector::new, LearnedValues.class, FittedArtime::new),
            new DetectorFactory<>(AnomalyLikelihoodDetector.NAME, AnomalyLikelihoodParams.class,
                    AnomalyLikelihoodParams.defaults(), DetectorRegistry::anomalyLikelihood, AnomalyLikelihoodState.class,
                    (provenance, params, state) -> FittedAnomalyLikelihood.restore(provenance, params, state,
                            base -> defaultRegistry().restore(base.provenance(), base.state()))),
            new DetectorFactory<>(MaxEnsembleDetector.NAME, MaxEnsembleParams.class, MaxEnsembleParams.defaults(),
                    DetectorRegistry::maxEnsemble, MaxEnsembleState.class,
                    (provenance, params, state) -> FittedMaxEnsemble.restore(provenance, params, state,
                            member -> defaultRegistry().restore(member.provenance(), member.state())))));

    private final Map<String, DetectorFactory<?, ?>> factories = new LinkedHashMap<>();

    public DetectorRegistry(List<DetectorFactory<?, ?>> factories) {
        for (DetectorFactory<?, ?> factory : factories) {
            if (this.factories.putIfAbsent(factory.name(), factory) != null) {
                throw new IllegalArgumentException("detector '" + factory.name() + "' is registered twice");
            }
        }
    }

    /** The likelihood's bases are built by this same registry, so any registered detector can be one. */
    private static Detector anomalyLikelihood(AnomalyLikelihoodParams params) {
        return new AnomalyLikelihoodDetector(params, params.bases().stream()
                .map(b -> defaultRegistry().create(b.detector(), b.params())).toList());
    }

    /** The ensemble's members are built by this same registry. */
    private static Detector maxEnsemble(MaxEnsembleParams params) {
        return new MaxEnsembleDetector(params, params.members().stream()
                .map(m -> defaultRegistry().create(m.detector(), m.params())).toList());
    }

    /** Every built-in detector, in the order above (the first is the server's default). */
    public static DetectorRegistry defaultRegistry() {
        return DEFAULT;
    }

    /** The registered names, in registration order. */
    public List<String> names() {
        return List.copyOf(factories.keySet());
    }

    /**
     * A configured detector.
     *
     * @param params a JSON object of params; null, JSON null or missing fields take the defaults
     * @throws IllegalArgumentException for an unknown name (the message lists the valid ones),
     *                                  an unknown field or an invalid value
     */
    public Detector create(String name, JsonNode params) {
        return create(factory(name), params);
    }

    /**
     * Rebuilds a fitted detector from its provenance (which names the detector and holds its
     * params) and the JSON form of its {@link FittedDetector#state()}.
     *
     * @throws IllegalArgumentException when the detector is unknown or the params or state are invalid
     */
    public FittedDetector restore(Provenance provenance, JsonNode state) {
        return restore(factory(provenance.detector()), provenance, state);
    }

    private <P extends Record, S> Detector create(DetectorFactory<P, S> factory, JsonNode params) {
        return factory.create().apply(bindParams(factory, params));
    }

    private <P extends Record, S> FittedDetector restore(DetectorFactory<P, S> factory, Provenance provenance,
            JsonNode state) {
        P params = bindParams(factory, provenance.params());
        if (state == null || state.isNull() || state.isMissingNode()) {
            throw new IllegalArgumentException("state of detector '" + factory.name() + "' is missing");
        }
        try {
            return factory.restore().restore(provenance, params,
                    ModelJson.mapper().treeToValue(state, factory.stateType()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid state of detector '" + factory.name() + "': " + describe(e), e);
        }
    }

    private <P extends Record> P bindParams(DetectorFactory<P, ?> factory, JsonNode params) {
        if (params == null || params.isNull() || params.isMissingNode()) {
            return factory.defaults();
        }
        if (!params.isObject()) {
            throw new IllegalArgumentException("params of detector '" + factory.name()
                    + "' must be a JSON object, was " + params.getNodeType());
        }
        ObjectNode merged = ModelJson.mapper().valueToTree(factory.defaults());
        merged.setAll((ObjectNode) params);
        try {
            return ModelJson.mapper().treeToValue(merged, factory.paramsType());
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("unknown parameter '" + e.getPropertyName() + "' for detector '"
                    + factory.name() + "'; known parameters: " + fieldNames(factory.paramsType()), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid params of detector '" + factory.name() + "': " + describe(e), e);
        }
    }

    private DetectorFactory<?, ?> factory(String name) {
        DetectorFactory<?, ?> factory = factories.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("unknown detector '" + name + "'; valid detectors: " + names());
        }
        return factory;
    }

    /** The cause's own message: a record's validation, or Jackson's with the JSON path. */
    private static String describe(Exception e) {
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return e.getCause().getMessage();
        }
        if (e instanceof JsonMappingException m) {
            String path = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return (path.isEmpty() ? "" : "at '" + path + "': ") + m.getOriginalMessage();
        }
        return e.getMessage();
    }

    private static String fieldNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList().toString();
    }
}
