package io.faultline.datasets.sim;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How strong each injected fault is. The defaults are chosen to be plainly visible on the culprit within a
 * few minutes while its callers show weaker, real symptoms.
 *
 * @param cpuHogShare           share of the component's CPU the hog burns (cpu-hog)
 * @param leakFractionPerMinute memory leaked per minute, as a fraction of the memory limit (memory-leak); the
 *                              default 0.015 lifts memory by several GC-sawtooth widths within 10-15 minutes
 *                              and brings GC pressure after about 17 minutes
 * @param addedDelayMs          delay added to every request the component serves (latency)
 * @param errorBurstRatio       share of the component's requests that fail (error-burst)
 * @param packetLossRatio       share of the component's packets dropped (packet-loss)
 */
public record FaultParams(double cpuHogShare, double leakFractionPerMinute, double addedDelayMs,
                          double errorBurstRatio, double packetLossRatio) {
    public FaultParams {
        ComponentProfile.requireRange("faults", "cpuHogShare", cpuHogShare, 0.05, 0.95);
        ComponentProfile.requireRange("faults", "leakFractionPerMinute", leakFractionPerMinute, 0.001, 0.2);
        ComponentProfile.requireRange("faults", "addedDelayMs", addedDelayMs, 1, 60_000);
        ComponentProfile.requireRange("faults", "errorBurstRatio", errorBurstRatio, 0.001, 0.9);
        ComponentProfile.requireRange("faults", "packetLossRatio", packetLossRatio, 0.0005, 0.5);
    }

    public static FaultParams defaults() {
        return new FaultParams(0.6, 0.015, 80, 0.12, 0.015);
    }

    /** Jackson binding: a missing field takes its default. */
    @JsonCreator
    static FaultParams bind(@JsonProperty("cpuHogShare") Double cpuHogShare,
                            @JsonProperty("leakFractionPerMinute") Double leakFractionPerMinute,
                            @JsonProperty("addedDelayMs") Double addedDelayMs,
                            @JsonProperty("errorBurstRatio") Double errorBurstRatio,
                            @JsonProperty("packetLossRatio") Double packetLossRatio) {
        FaultParams d = defaults();
        return new FaultParams(
                cpuHogShare != null ? cpuHogShare : d.cpuHogShare,
                leakFractionPerMinute != null ? leakFractionPerMinute : d.leakFractionPerMinute,
                addedDelayMs != null ? addedDelayMs : d.addedDelayMs,
                errorBurstRatio != null ? errorBurstRatio : d.errorBurstRatio,
                packetLossRatio != null ? packetLossRatio : d.packetLossRatio);
    }
}
