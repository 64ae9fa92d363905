package io.faultline.rca;

import io.faultline.ingest.SeriesKey;

/**
 * Evidence for a suspected cause: one metric of the component, how far it moved from its own
 * baseline (robust z: (peak - median) / scaled MAD), in which direction and from when.
 */
public record MetricDeviation(
        SeriesKey series,
        SignalKind signal,
        long onsetMs,
        double baseline,
        double peak,
        double magnitude,
        Direction direction) {
}
