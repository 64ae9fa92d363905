package io.faultline.training.fit.report;

import com.fasterxml.jackson.annotation.JsonValue;

/** The outcome for one series. */
public enum SeriesStatus {
    /** A model was fitted and saved. */
    TRAINED("trained"),
    /** Too few finite points for the detector; no model was saved. */
    INSUFFICIENT_DATA("insufficient_data");

    private final String json;

    SeriesStatus(String json) {
        this.json = json;
    }

    /** The name in the report. */
    @JsonValue
    public String json() {
        return json;
    }
}
