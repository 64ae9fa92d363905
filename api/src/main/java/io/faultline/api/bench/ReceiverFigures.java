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
 */
public record ReceiverFigures(String name, IngestResult load, double activeSeries, Map<String, Double> memory,
                             double bytesPerActiveSeries, String memoryBasis) {
    public ReceiverFigures {
        memory = Map.copyOf(memory);
    }
}
