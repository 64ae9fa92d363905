package io.faultline.datasets.sim;

import io.faultline.ingest.SeriesKey;

/**
 * The six metrics the simulator emits for every component, named as the shared topology format fixes them;
 * each series carries one label, {@code service=<component>}.
 */
public enum SimMetric {
    CPU_USAGE("cpu_usage_ratio"),
    MEMORY_USAGE("memory_usage_bytes"),
    REQUEST_LATENCY("request_latency_ms"),
    ERROR_RATIO("error_ratio"),
    REQUEST_RATE("request_rate"),
    NETWORK_RETRANSMITS("network_retransmits_per_second");

    /** The label that names a series' component. */
    public static final String COMPONENT_LABEL = "service";

    private final String metricName;

    SimMetric(String metricName) {
        this.metricName = metricName;
    }

    /** The Prometheus metric name, e.g. {@code cpu_usage_ratio}. */
    public String metricName() {
        return metricName;
    }

    /** The series of this metric for one component. */
    public SeriesKey key(String component) {
        return SeriesKey.of(metricName, COMPONENT_LABEL, component);
    }
}
