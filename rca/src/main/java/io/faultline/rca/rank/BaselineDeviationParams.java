package io.faultline.rca.rank;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Parameters of {@link BaselineDeviationRanker}. Bound from JSON/YAML with Jackson; a missing key
 * takes its default from {@link #DEFAULTS}.
 *
 * @param minBaselinePoints  finite baseline points a series needs to be scored, >= 3
 * @param baselineGuardMs    the baseline ends this long before the onset, so that the start of a
 *                           fault detected late (a leak, a creeping slowdown) does not count as
 *                           normal; ignored when it would leave fewer than minBaselinePoints; >= 0
 * @param baselineGuardShare when baselineGuardMs would leave too few points, the baseline loses
 *                           instead the longest of its last stretches of a quarter, half, three
 *                           quarters or all of this share of its time span whose median is past
 *                           thresholdZ against the rest (where a late onset puts the fault's
 *                           start); 0..0.5
 * @param smoothing          width (points) of the short centred rolling median applied before
 *                           measuring, so a single-point blip cannot make a deviation; odd, 1..31
 * @param longSmoothing      width of the long one, which averages out sawtooth and count noise so
 *                           sustained shifts and ramps stand out; used only when the baseline
 *                           has at least 8 times this many points; odd, smoothing..121
 * @param tailQuantile       baseline quantile whose distance from the median (in normal units) also
 *                           bounds the scale from below, for skewed or sparse series; in [0.9, 0.9999]
 * @param thresholdZ         robust z from which a deviation counts (and where a series' onset is), > 0
 * @param maxZ               robust z beyond which a deviation scores no more: past it the baseline
 *                           was (nearly) constant, as for an idle component that wakes up, and
 *                           the z says only that something changed; > thresholdZ
 * @param minRelativeScale   floor of the robust scale as a share of |baseline median|, so a
 *                           near-constant baseline does not turn tiny moves into huge z; >= 0
 * @param minAbsoluteScale   absolute floor of the robust scale, > 0
 * @param secondaryShare     a component scores its strongest deviation plus this share of the next
 *                           two; 0..1
 * @param downWeight         weight of a downward move of cpu, memory, latency, errors, disk or network
 *                           (usually a consequence, e.g. less load); 0..1
 * @param trafficWeight      weight of a traffic move (traffic follows faults both ways); 0..1
 * @param otherWeight        weight of a move of a metric of unknown kind; 0..1
 * @param nonFaultFactor     share of its score a component keeps when none of its significant
 *                           deviations is fault-like (only traffic, improving or unknown moves):
 *                           such a component is more often a bystander than the cause; 0..1
 * @param onsetToleranceMs   onsets this close count as simultaneous when comparing components, >= 0
 * @param demoteFactor       weight of a component's propagating deviations (latency, errors,
 *                           network, traffic) when an earlier-or-simultaneous fault in something it
 *                           calls explains them; (0, 1]
 * @param promoteWeight      a component gains this share times the fraction of the other anomalous
 *                           components that call it (directly or not) and deviated no earlier; >= 0
 * @param entryPathBonus     extra share for a component with fault-like deviations from which a
 *                           chain of anomalous callers reaches an entry point of the graph (a
 *                           component nothing calls, where users feel the symptom); >= 0
 * @param entryChainWeight   such a component also gains this times the summed base scores of the
 *                           anomalous callers on its strongest chain to an entry point, so that of
 *                           two candidates the one whose symptoms climb further wins; >= 0
 * @param firstOnsetBonus    extra share for the component(s) whose fault-like deviation began first, >= 0
 * @param maxEvidence        deviations reported per cause, >= 1
 * @param classifier         how the fault kind of each cause is read
 * @param calleeRegressors   a series of a component with callees is scored by the residual of a
 *                           regression on up to this many of its callees' series, those most
 *                           correlated with it (see {@link CalleeResiduals}): the part of its move
 *                           the callees do not explain; 0 turns it off; 0..10
 * @param minCalleeCorrelation a callee series is a regressor only when its baseline correlation with
 *                           the series is at least this (in absolute value); 0..1
 * @param minExplained       the residual is used only when the fit explains at least this share of
 *                           the series' baseline variance; 0..1
 * @param errorsNeedCalleeErrors when true, a caller's rise in errors (a fall in availability) is
 *                           demoted as a symptom only when an explaining callee's own errors or
 *                           network moved: a callee that only got slower or busier does not
 *                           explain a caller that started failing requests
 * @param walkWeight         weight of the personalised PageRank over the anomalous subgraph
 *                           ({@link AnomalousSubgraphWalk}, MicroRCA): a significant component's score
 *                           is multiplied by {@code 1 + walkWeight * (walk - 1)}, walk being its
 *                           stationary probability times the number of anomalous components (1 on
 *                           average), floored at 0.001; 0 turns it off; >= 0
 * @param walkRestart        the walk's restart probability, (0, 1]
 * @param walkBackward       weight of the callee-to-caller edge against the caller-to-callee one, 0..1
 */
public record BaselineDeviationParams(
        int minBaselinePoints,
        long baselineGuardMs,
        double baselineGuardShare,
        int smoothing,
        int longSmoothing,
        double tailQuantile,
        double thresholdZ,
        double maxZ,
        double minRelativeScale,
        double minAbsoluteScale,
        double secondaryShare,
        double downWeight,
        double trafficWeight,
        double otherWeight,
        double nonFaultFactor,
        long onsetToleranceMs,
        double demoteFactor,
        double promoteWeight,
        double entryPathBonus,
        double entryChainWeight,
        double firstOnsetBonus,
        int maxEvidence,
        FaultKindClassifierParams classifier,
        int calleeRegressors,
        double minCalleeCorrelation,
        double minExplained,
        boolean errorsNeedCalleeErrors,
        double walkWeight,
        double walkRestart,
        double walkBackward) {

    public static final BaselineDeviationParams DEFAULTS = new BaselineDeviationParams(
            10, 600_000, 0.4, 5, 15, 0.99, 6.0, 1000, 0.002, 1e-9, 0.3, 0.3, 0.5, 0.5, 0.3, 0, 0.3, 0.5, 1.0, 1.0, 0.2, 5, FaultKindClassifierParams.DEFAULTS,
            10, 0.0, 0.0, true, 0.0, 0.15, 0.2);

    /** The parameters before the subgraph walk, with the walk off. */
    public BaselineDeviationParams(int minBaselinePoints, long baselineGuardMs, double baselineGuardShare, int smoothing,
                                   int longSmoothing, double tailQuantile, double thresholdZ, double maxZ,
                                   double minRelativeScale, double minAbsoluteScale, double secondaryShare,
                                   double downWeight, double trafficWeight, double otherWeight, double nonFaultFactor,
                                   long onsetToleranceMs, double demoteFactor, double promoteWeight, double entryPathBonus,
                                   double entryChainWeight, double firstOnsetBonus, int maxEvidence,
                                   FaultKindClassifierParams classifier, int calleeRegressors,
                                   double minCalleeCorrelation, double minExplained, boolean errorsNeedCalleeErrors) {
        this(minBaselinePoints, baselineGuardMs, baselineGuardShare, smoothing, longSmoothing, tailQuantile, thresholdZ,
                maxZ, minRelativeScale, minAbsoluteScale, secondaryShare, downWeight, trafficWeight, otherWeight,
                nonFaultFactor, onsetToleranceMs, demoteFactor, promoteWeight, entryPathBonus, entryChainWeight,
                firstOnsetBonus, maxEvidence, classifier, calleeRegressors, minCalleeCorrelation, minExplained,
                errorsNeedCalleeErrors, 0.0, 0.15, 0.2);
    }

    public BaselineDeviationParams {
        if (minBaselinePoints < 3) {
            throw new IllegalArgumentException("minBaselinePoints must be >= 3, was " + minBaselinePoints);
        }
        if (baselineGuardMs < 0) {
            throw new IllegalArgumentException("baselineGuardMs must be >= 0, was " + baselineGuardMs);
        }
        if (!(baselineGuardShare >= 0 && baselineGuardShare <= 0.5)) {
            throw new IllegalArgumentException("baselineGuardShare must be in 0..0.5, was " + baselineGuardShare);
        }
        if (smoothing < 1 || smoothing > 31 || smoothing % 2 == 0) {
            throw new IllegalArgumentException("smoothing must be odd and in 1..31, was " + smoothing);
        }
        if (longSmoothing < smoothing || longSmoothing > 121 || longSmoothing % 2 == 0) {
            throw new IllegalArgumentException("longSmoothing must be odd and in smoothing (" + smoothing
                    + ")..121, was " + longSmoothing);
        }
        if (!(tailQuantile >= 0.9 && tailQuantile <= 0.9999)) {
            throw new IllegalArgumentException("tailQuantile must be in [0.9, 0.9999], was " + tailQuantile);
        }
        positive("thresholdZ", thresholdZ);
        if (!(maxZ > thresholdZ) || Double.isInfinite(maxZ)) {
            throw new IllegalArgumentException("maxZ must be > thresholdZ (" + thresholdZ + "), was " + maxZ);
        }
        positive("minAbsoluteScale", minAbsoluteScale);
        if (!(minRelativeScale >= 0) || Double.isInfinite(minRelativeScale)) {
            throw new IllegalArgumentException("minRelativeScale must be >= 0, was " + minRelativeScale);
        }
        unit("secondaryShare", secondaryShare);
        unit("downWeight", downWeight);
        unit("trafficWeight", trafficWeight);
        unit("otherWeight", otherWeight);
        unit("nonFaultFactor", nonFaultFactor);
        if (onsetToleranceMs < 0) {
            throw new IllegalArgumentException("onsetToleranceMs must be >= 0, was " + onsetToleranceMs);
        }
        if (!(demoteFactor > 0 && demoteFactor <= 1)) {
            throw new IllegalArgumentException("demoteFactor must be in (0, 1], was " + demoteFactor);
        }
        if (!(promoteWeight >= 0) || Double.isInfinite(promoteWeight)) {
            throw new IllegalArgumentException("promoteWeight must be >= 0, was " + promoteWeight);
        }
        if (!(entryPathBonus >= 0) || Double.isInfinite(entryPathBonus)) {
            throw new IllegalArgumentException("entryPathBonus must be >= 0, was " + entryPathBonus);
        }
        if (!(entryChainWeight >= 0) || Double.isInfinite(entryChainWeight)) {
            throw new IllegalArgumentException("entryChainWeight must be >= 0, was " + entryChainWeight);
        }
        if (!(firstOnsetBonus >= 0) || Double.isInfinite(firstOnsetBonus)) {
            throw new IllegalArgumentException("firstOnsetBonus must be >= 0, was " + firstOnsetBonus);
        }
        if (maxEvidence < 1) {
            throw new IllegalArgumentException("maxEvidence must be >= 1, was " + maxEvidence);
        }
        if (classifier == null) {
            throw new IllegalArgumentException("classifier params are required");
        }
        if (calleeRegressors < 0 || calleeRegressors > 10) {
            throw new IllegalArgumentException("calleeRegressors must be in 0..10, was " + calleeRegressors);
        }
        unit("minCalleeCorrelation", minCalleeCorrelation);
        unit("minExplained", minExplained);
        if (!(walkWeight >= 0) || Double.isInfinite(walkWeight)) {
            throw new IllegalArgumentException("walkWeight must be >= 0, was " + walkWeight);
        }
        if (!(walkRestart > 0 && walkRestart <= 1)) {
            throw new IllegalArgumentException("walkRestart must be in (0, 1], was " + walkRestart);
        }
        unit("walkBackward", walkBackward);
    }

    private static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be > 0, was " + value);
        }
    }

    private static void unit(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in 0..1, was " + value);
        }
    }

    @JsonCreator
    static BaselineDeviationParams fromJson(
            @JsonProperty("minBaselinePoints") Integer minBaselinePoints,
            @JsonProperty("baselineGuardMs") Long baselineGuardMs,
            @JsonProperty("baselineGuardShare") Double baselineGuardShare,
            @JsonProperty("smoothing") Integer smoothing,
            @JsonProperty("longSmoothing") Integer longSmoothing,
            @JsonProperty("tailQuantile") Double tailQuantile,
            @JsonProperty("thresholdZ") Double thresholdZ,
            @JsonProperty("maxZ") Double maxZ,
            @JsonProperty("minRelativeScale") Double minRelativeScale,
            @JsonProperty("minAbsoluteScale") Double minAbsoluteScale,
            @JsonProperty("secondaryShare") Double secondaryShare,
            @JsonProperty("downWeight") Double downWeight,
            @JsonProperty("trafficWeight") Double trafficWeight,
            @JsonProperty("otherWeight") Double otherWeight,
            @JsonProperty("nonFaultFactor") Double nonFaultFactor,
            @JsonProperty("onsetToleranceMs") Long onsetToleranceMs,
            @JsonProperty("demoteFactor") Double demoteFactor,
            @JsonProperty("promoteWeight") Double promoteWeight,
            @JsonProperty("entryPathBonus") Double entryPathBonus,
            @JsonProperty("entryChainWeight") Double entryChainWeight,
            @JsonProperty("firstOnsetBonus") Double firstOnsetBonus,
            @JsonProperty("maxEvidence") Integer maxEvidence,
            @JsonProperty("classifier") FaultKindClassifierParams classifier,
            @JsonProperty("calleeRegressors") Integer calleeRegressors,
            @JsonProperty("minCalleeCorrelation") Double minCalleeCorrelation,
            @JsonProperty("minExplained") Double minExplained,
            @JsonProperty("errorsNeedCalleeErrors") Boolean errorsNeedCalleeErrors,
            @JsonProperty("walkWeight") Double walkWeight,
            @JsonProperty("walkRestart") Double walkRestart,
            @JsonProperty("walkBackward") Double walkBackward) {
        BaselineDeviationParams d = DEFAULTS;
        return new BaselineDeviationParams(
                minBaselinePoints == null ? d.minBaselinePoints : minBaselinePoints,
                baselineGuardMs == null ? d.baselineGuardMs : baselineGuardMs,
                baselineGuardShare == null ? d.baselineGuardShare : baselineGuardShare,
                smoothing == null ? d.smoothing : smoothing,
                longSmoothing == null ? d.longSmoothing : longSmoothing,
                tailQuantile == null ? d.tailQuantile : tailQuantile,
                thresholdZ == null ? d.thresholdZ : thresholdZ,
                maxZ == null ? d.maxZ : maxZ,
                minRelativeScale == null ? d.minRelativeScale : minRelativeScale,
                minAbsoluteScale == null ? d.minAbsoluteScale : minAbsoluteScale,
                secondaryShare == null ? d.secondaryShare : secondaryShare,
                downWeight == null ? d.downWeight : downWeight,
                trafficWeight == null ? d.trafficWeight : trafficWeight,
                otherWeight == null ? d.otherWeight : otherWeight,
                nonFaultFactor == null ? d.nonFaultFactor : nonFaultFactor,
                onsetToleranceMs == null ? d.onsetToleranceMs : onsetToleranceMs,
                demoteFactor == null ? d.demoteFactor : demoteFactor,
                promoteWeight == null ? d.promoteWeight : promoteWeight,
                entryPathBonus == null ? d.entryPathBonus : entryPathBonus,
                entryChainWeight == null ? d.entryChainWeight : entryChainWeight,
                firstOnsetBonus == null ? d.firstOnsetBonus : firstOnsetBonus,
                maxEvidence == null ? d.maxEvidence : maxEvidence,
                classifier == null ? d.classifier : classifier,
                calleeRegressors == null ? d.calleeRegressors : calleeRegressors,
                minCalleeCorrelation == null ? d.minCalleeCorrelation : minCalleeCorrelation,
                minExplained == null ? d.minExplained : minExplained,
                errorsNeedCalleeErrors == null ? d.errorsNeedCalleeErrors : errorsNeedCalleeErrors,
                walkWeight == null ? d.walkWeight : walkWeight,
                walkRestart == null ? d.walkRestart : walkRestart,
                walkBackward == null ? d.walkBackward : walkBackward);
    }
}
