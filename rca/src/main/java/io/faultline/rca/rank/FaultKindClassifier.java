package io.faultline.rca.rank;

import io.faultline.rca.FaultKind;
import io.faultline.rca.MetricDeviation;
import io.faultline.rca.SignalKind;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the kind of fault of one component from how strongly each signal kind of its metrics
 * moved upward. Mere presence is not enough, because faults drag other signals along: a CPU hog
 * also raises latency, packet loss raises retransmits, latency and errors. So the classifier
 * compares strengths per signal kind:
 * <ol>
 *   <li>a traffic surge at least {@code trafficShare} as strong as every other kind -> TRAFFIC;</li>
 *   <li>the strongest resource kind (CPU, MEMORY, DISK, NETWORK), when at least
 *       {@code resourceShare} as strong as the strongest of latency and errors -> that resource;</li>
 *   <li>errors at least {@code errorsShare} as strong as latency -> ERRORS, else latency -> LATENCY;</li>
 *   <li>nothing usable -> UNKNOWN.</li>
 * </ol>
 * Improving moves (less CPU, fewer requests, a higher availability) are consequences rather than
 * faults and are ignored.
 * Stateless and thread-safe.
 */
public final class FaultKindClassifier {
    private static final List<SignalKind> RESOURCES =
            List.of(SignalKind.CPU, SignalKind.MEMORY, SignalKind.DISK, SignalKind.NETWORK);

    private final FaultKindClassifierParams params;

    public FaultKindClassifier(FaultKindClassifierParams params) {
        if (params == null) {
            throw new IllegalArgumentException("params are required");
        }
        this.params = params;
    }

    /** The fault kind suggested by one component's deviations (any order); UNKNOWN when none qualify. */
    public FaultKind classify(List<MetricDeviation> deviations) {
        Map<SignalKind, Double> strength = strengths(deviations);
        double traffic = strength.getOrDefault(SignalKind.TRAFFIC, 0.0);
        double others = strength.entrySet().stream().filter(e -> e.getKey() != SignalKind.TRAFFIC)
                .mapToDouble(Map.Entry::getValue).max().orElse(0.0);
        if (traffic > 0 && traffic >= params.trafficShare() * others) {
            return FaultKind.TRAFFIC;
        }
        SignalKind resource = null;
        for (SignalKind kind : RESOURCES) {
            if (strength.getOrDefault(kind, 0.0) > (resource == null ? 0.0 : strength.get(resource))) {
                resource = kind;
            }
        }
        double latency = strength.getOrDefault(SignalKind.LATENCY, 0.0);
        double errors = strength.getOrDefault(SignalKind.ERRORS, 0.0);
        if (resource != null && strength.get(resource) >= params.resourceShare() * Math.max(latency, errors)) {
            return toFault(resource);
        }
        if (errors > 0 && errors >= params.errorsShare() * latency) {
            return FaultKind.ERRORS;
        }
        return latency > 0 ? FaultKind.LATENCY : FaultKind.UNKNOWN;
    }

    private Map<SignalKind, Double> strengths(List<MetricDeviation> deviations) {
        Map<SignalKind, Double> strength = new EnumMap<>(SignalKind.class);
        for (MetricDeviation d : deviations) {
            if (!SeriesDeviation.worsening(d) || d.signal() == SignalKind.OTHER
                    || !(d.magnitude() >= params.minMagnitude())) {
                continue;
            }
            strength.merge(d.signal(), Math.log1p(d.magnitude()), Math::max);
        }
        return strength;
    }

    private static FaultKind toFault(SignalKind kind) {
        return switch (kind) {
            case CPU -> FaultKind.CPU;
            case MEMORY -> FaultKind.MEMORY;
            case DISK -> FaultKind.DISK;
            case NETWORK -> FaultKind.NETWORK;
            default -> throw new IllegalArgumentException("not a resource kind: " + kind);
        };
    }
}
