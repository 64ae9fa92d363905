package io.faultline.rca.rank;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How {@link FaultKindClassifier} weighs signal kinds against each other. Strengths are
 * {@code log(1 + robust z)} of the strongest upward deviation of each kind, so that a kind with a
 * very quiet baseline does not win on its tiny denominator alone.
 *
 * @param minMagnitude  deviations below this robust z are ignored, > 0
 * @param resourceShare a resource kind (cpu, memory, disk, network) names the fault when its
 *                      strength is at least this share of the strongest symptom kind (latency,
 *                      errors): a saturated resource also slows and fails requests; in (0, 10]
 * @param errorsShare   errors beat latency when their strength is at least this share of the
 *                      latency strength; in (0, 10]
 * @param trafficShare  a traffic surge names the fault when its strength is at least this share
 *                      of every other kind's; in (0, 10]
 */
public record FaultKindClassifierParams(double minMagnitude, double resourceShare, double errorsShare,
                                        double trafficShare) {

    public static final FaultKindClassifierParams DEFAULTS = new FaultKindClassifierParams(4.0, 0.7, 1.0, 1.0);

    public FaultKindClassifierParams {
        if (!(minMagnitude > 0) || Double.isInfinite(minMagnitude)) {
            throw new IllegalArgumentException("minMagnitude must be > 0, was " + minMagnitude);
        }
        checkShare("resourceShare", resourceShare);
        checkShare("errorsShare", errorsShare);
        checkShare("trafficShare", trafficShare);
    }

    private static void checkShare(String name, double value) {
        if (!(value > 0 && value <= 10)) {
            throw new IllegalArgumentException(name + " must be in (0, 10], was " + value);
        }
    }

    @JsonCreator
    static FaultKindClassifierParams fromJson(
            @JsonProperty("minMagnitude") Double minMagnitude,
            @JsonProperty("resourceShare") Double resourceShare,
            @JsonProperty("errorsShare") Double errorsShare,
            @JsonProperty("trafficShare") Double trafficShare) {
        return new FaultKindClassifierParams(
                minMagnitude == null ? DEFAULTS.minMagnitude : minMagnitude,
                resourceShare == null ? DEFAULTS.resourceShare : resourceShare,
                errorsShare == null ? DEFAULTS.errorsShare : errorsShare,
                trafficShare == null ? DEFAULTS.trafficShare : trafficShare);
    }
}
