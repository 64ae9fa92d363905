package io.faultline.rca;

import io.faultline.ingest.SeriesKey;

/**
 * A run of anomalous points on one series: when it began and (once it has) ended, its peak score
 * and direction, and the component and signal kind the series belongs to. {@code endMs} is the
 * time of the last anomalous point seen so far.
 */
public record Anomaly(
        SeriesKey series,
        String component,
        SignalKind signal,
        long onsetMs,
        long endMs,
        double peakScore,
        Direction direction) {

    public Anomaly {
        if (endMs < onsetMs) {
            throw new IllegalArgumentException("anomaly on " + series + " ends (" + endMs + ") before its onset (" + onsetMs + ")");
        }
    }
}
