package io.faultline.models;

import io.faultline.ingest.SeriesSamples;

/**
 * A configured, unfitted anomaly detector for one series. {@link #fit} learns from history and
 * returns an immutable {@link FittedDetector}; the detector itself holds only its parameters.
 */
public interface Detector {

    /** The registry name, e.g. {@code robust-zscore}. */
    String name();

    /** The parameters this detector was configured with, as a Jackson-bindable record. */
    Record params();

    /**
     * Learns what normal looks like from {@code history} (ordered by time; may be short or empty,
     * in which case the fitted detector learns online from the stream it scores).
     */
    FittedDetector fit(SeriesSamples history);
}
