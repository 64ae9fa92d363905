package io.faultline.rca;

import io.faultline.ingest.SeriesSamples;

/** A series handed to a ranker, with the component it belongs to and what it measures. */
public record ComponentSeries(String component, SignalKind signal, SeriesSamples samples) {
}
