package io.faultline.datasets.sim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What was injected, where and when: the answer a root-cause ranker is scored against. Written as
 * {@code truth.json}; {@code faultKind} and {@code signatureMetric} are written for readers' convenience and
 * ignored when read back.
 *
 * @param seed               the scenario's seed
 * @param fault              the injected fault (its command-line name in JSON)
 * @param component          the culprit
 * @param injectedAtMs       first instant of the fault, unix milliseconds
 * @param endsAtMs           first instant after the fault (the end of the data when it lasts to the end)
 * @param affectedComponents the culprit first, then every component that calls it directly or transitively,
 *                           in topological order (callers before callees)
 */
@JsonIgnoreProperties(value = {"faultKind", "signatureMetric"}, allowGetters = true)
public record GroundTruth(long seed, FaultType fault, String component, long injectedAtMs, long endsAtMs,
                         List<String> affectedComponents) {
    public GroundTruth {
        if (fault == null || component == null) {
            throw new IllegalArgumentException("ground truth needs a fault and a component");
        }
        if (endsAtMs <= injectedAtMs) {
            throw new IllegalArgumentException("endsAtMs must be > injectedAtMs, was " + endsAtMs + " <= "
                    + injectedAtMs);
        }
        affectedComponents = List.copyOf(affectedComponents);
    }

    /** The {@code io.faultline.rca.FaultKind} constant name for the fault, e.g. {@code CPU}. */
    @JsonProperty("faultKind")
    public String faultKind() {
        return fault.faultKind();
    }

    /** The culprit's metric name that shows the fault first, e.g. {@code cpu_usage_ratio}. */
    @JsonProperty("signatureMetric")
    public String signatureMetric() {
        return fault.signatureMetric().metricName();
    }
}
