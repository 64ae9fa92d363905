package io.faultline.api.bench;

import java.util.Map;

/**
 * One receiver's side of a side-by-side run.
 *
 * @param name                 {@code faultline} or {@code prometheus}
 * @param load                 the load generator's result against it
 * @param activeSeries         series the receiver reports holding ({@code faultline_active_series},
 *                             {@code prometheus_tsdb_head_series})
 * @param memory               its own memory figures before and after the run, from its {@code /metrics}
 * @param bytesPerActiveSeries memory grown during the run per active series (see {@code memoryBasis})
 * @param memoryBasis          which figure {@code bytesPerActiveSeries} is computed from
 * @param serverCpuSeconds     CPU the receiver used during the run ({@code process_cpu_seconds_total} growth)
 * @param acceptedSamplesPerServerCpuSecond accepted samples over that CPU time: the figure that least depends on
 *                             what else the machine was running
 */
public record ReceiverFigures(String name, IngestResult load, double activeSeries, Map<String, Double> memory,
                             double bytesPerActiveSeries, String memoryBasis, double serverCpuSeconds,
                             double acceptedSamplesPerServerCpuSecond) {
    public ReceiverFigures {
        memory = Map.copyOf(memory);
    }
}
