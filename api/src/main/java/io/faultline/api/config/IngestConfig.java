package io.faultline.api.config;

import io.faultline.ingest.IngestLimits;

/** Limits per ingest request; see {@link IngestLimits} for what each one means. */
public record IngestConfig(
        int maxSeriesPerRequest,
        int maxSamplesPerRequest,
        int maxLabelsPerSeries,
        int maxLabelNameLength,
        int maxLabelValueLength) {

    public static final IngestConfig DEFAULTS = new IngestConfig(
            IngestLimits.DEFAULTS.maxSeriesPerRequest(),
            IngestLimits.DEFAULTS.maxSamplesPerRequest(),
            IngestLimits.DEFAULTS.maxLabelsPerSeries(),
            IngestLimits.DEFAULTS.maxLabelNameLength(),
            IngestLimits.DEFAULTS.maxLabelValueLength());

    public IngestLimits limits(long maxBodyBytes) {
        return new IngestLimits(maxBodyBytes, maxSeriesPerRequest, maxSamplesPerRequest, maxLabelsPerSeries,
                maxLabelNameLength, maxLabelValueLength,
                IngestLimits.DEFAULTS.minTimestampMs(), IngestLimits.DEFAULTS.maxTimestampMs());
    }
}
