package io.faultline.datasets.circa;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.ingest.InvalidInputException;

/**
 * How {@link CircaGenerator} builds a case. The defaults are those of CIRCA's simulation
 * ({@code circa/experiment/simulation/__init__.py}: {@code generate_sedag}, {@code generate_case}, 1-minute
 * interval, 50 nodes with 100 edges). Bound from JSON by {@link #fromJson(String)}; missing keys take their
 * defaults, unknown keys are rejected.
 *
 * @param nodes          nodes of the DAG, the SLI included; 2..1000 (default 50)
 * @param edgesPerNode   edges drawn per node: the DAG gets {@code round(edgesPerNode * nodes)} edges, raised to
 *                       the {@code nodes - 1} that keep it connected and capped at {@code nodes (nodes - 1) / 2},
 *                       as CIRCA clamps {@code num_edge}; 0..500 (default 2, CIRCA's 100 edges for 50 nodes)
 * @param minWeight      smallest |weight| of an edge; weights are uniform on [-max, -min] u [min, max];
 *                       0 < min <= max (default 0.5)
 * @param maxWeight      largest |weight| of an edge, <= 10 (default 2)
 * @param lag            steps a parent's value takes to reach its child: 0 (the default, CIRCA's model, where
 *                       faults propagate within one step) to 60
 * @param beta           weight of a node's own previous value (the auto-regression); 0..0.99 (default 0.1)
 * @param noiseScale     multiplier on every node's noise sigma, itself drawn from Exp(1); (0, 100] (default 1)
 * @param tau            fault magnitude: each root cause's shift (Exp(1) noise sigmas to start with) is doubled
 *                       until the SLI leaves its normal mean by more than {@code tau} normal standard
 *                       deviations; (0, 100] (default 3)
 * @param lengthNormal   steps of normal data before the fault; 10..100000 (default 1440, a day)
 * @param faultDuration  steps during which the fault shifts the noise; >= 1 (default 2)
 * @param lengthAbnormal steps from the fault time to the end of the case, >= faultDuration (default 10)
 * @param stepSeconds    seconds between steps; 1..86400 (default 60)
 * @param startEpochMs   time of the first step, unix milliseconds, >= 0 (default 2024-01-01T00:00:00Z)
 */
public record CircaParams(int nodes, double edgesPerNode, double minWeight, double maxWeight, int lag, double beta,
                          double noiseScale, double tau, int lengthNormal, int faultDuration, int lengthAbnormal,
                          int stepSeconds, long startEpochMs) {
    /** 2024-01-01T00:00:00Z. */
    public static final long DEFAULT_START_EPOCH_MS = 1_704_067_200_000L;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public CircaParams {
        requireRange("nodes", nodes, 2, 1000);
        requireRange("edgesPerNode", edgesPerNode, 0, 500);
        if (!(minWeight > 0)) {
            throw new IllegalArgumentException("minWeight must be > 0, was " + minWeight);
        }
        requireRange("maxWeight", maxWeight, minWeight, 10);
        requireRange("lag", lag, 0, 60);
        requireRange("beta", beta, 0, 0.99);
        if (!(noiseScale > 0 && noiseScale <= 100)) {
            throw new IllegalArgumentException("noiseScale must be in (0, 100], was " + noiseScale);
        }
        if (!(tau > 0 && tau <= 100)) {
            throw new IllegalArgumentException("tau must be in (0, 100], was " + tau);
        }
        requireRange("lengthNormal", lengthNormal, 10, 100_000);
        requireRange("faultDuration", faultDuration, 1, 100_000);
        requireRange("lengthAbnormal", lengthAbnormal, faultDuration, 100_000);
        requireRange("stepSeconds", stepSeconds, 1, 86_400);
        if (startEpochMs < 0) {
            throw new IllegalArgumentException("startEpochMs must be >= 0, was " + startEpochMs);
        }
    }

    /** CIRCA's defaults with {@code nodes} nodes. */
    public static CircaParams forNodes(int nodes) {
        return new CircaParams(nodes, 2.0, 0.5, 2.0, 0, 0.1, 1.0, 3.0, 1440, 2, 10, 60, DEFAULT_START_EPOCH_MS);
    }

    /** CIRCA's defaults: 50 nodes. */
    public static CircaParams defaults() {
        return forNodes(50);
    }

    public CircaParams withNodes(int n) {
        return new CircaParams(n, edgesPerNode, minWeight, maxWeight, lag, beta, noiseScale, tau, lengthNormal,
                faultDuration, lengthAbnormal, stepSeconds, startEpochMs);
    }

    public CircaParams withLag(int steps) {
        return new CircaParams(nodes, edgesPerNode, minWeight, maxWeight, steps, beta, noiseScale, tau, lengthNormal,
                faultDuration, lengthAbnormal, stepSeconds, startEpochMs);
    }

    public CircaParams withLengths(int normal, int fault, int abnormal) {
        return new CircaParams(nodes, edgesPerNode, minWeight, maxWeight, lag, beta, noiseScale, tau, normal, fault,
                abnormal, stepSeconds, startEpochMs);
    }

    /** The number of edges of the DAG, clamped as CIRCA clamps it. */
    public int edgeCount() {
        long wanted = Math.round(edgesPerNode * nodes);
        long most = (long) nodes * (nodes - 1) / 2;
        return (int) Math.min(Math.max(wanted, nodes - 1), most);
    }

    public long stepMs() {
        return stepSeconds * 1000L;
    }

    /**
     * Reads params from a JSON object.
     *
     * @throws InvalidInputException naming the JSON path of a bad, unknown or malformed field
     */
    public static CircaParams fromJson(String json) {
        try {
            return MAPPER.readValue(json, CircaParams.class);
        } catch (JsonMappingException e) {
            String reason = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
            throw new InvalidInputException("circa params at " + jsonPath(e) + ": " + reason, e);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("circa params are not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    @JsonCreator
    static CircaParams bind(@JsonProperty("nodes") Integer nodes, @JsonProperty("edgesPerNode") Double edgesPerNode,
                            @JsonProperty("minWeight") Double minWeight, @JsonProperty("maxWeight") Double maxWeight,
                            @JsonProperty("lag") Integer lag, @JsonProperty("beta") Double beta,
                            @JsonProperty("noiseScale") Double noiseScale, @JsonProperty("tau") Double tau,
                            @JsonProperty("lengthNormal") Integer lengthNormal,
                            @JsonProperty("faultDuration") Integer faultDuration,
                            @JsonProperty("lengthAbnormal") Integer lengthAbnormal,
                            @JsonProperty("stepSeconds") Integer stepSeconds,
                            @JsonProperty("startEpochMs") Long startEpochMs) {
        CircaParams d = defaults();
        return new CircaParams(nodes != null ? nodes : d.nodes, edgesPerNode != null ? edgesPerNode : d.edgesPerNode,
                minWeight != null ? minWeight : d.minWeight, maxWeight != null ? maxWeight : d.maxWeight,
                lag != null ? lag : d.lag, beta != null ? beta : d.beta, noiseScale != null ? noiseScale : d.noiseScale,
                tau != null ? tau : d.tau, lengthNormal != null ? lengthNormal : d.lengthNormal,
                faultDuration != null ? faultDuration : d.faultDuration,
                lengthAbnormal != null ? lengthAbnormal : d.lengthAbnormal,
                stepSeconds != null ? stepSeconds : d.stepSeconds, startEpochMs != null ? startEpochMs : d.startEpochMs);
    }

    private static void requireRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + format(min) + ", " + format(max) + "], was "
                    + format(value));
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
