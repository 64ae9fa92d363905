package io.faultline.api.config;

import io.faultline.ingest.IngestLimits;

/**
 * Limits per ingest request; see {@link IngestLimits} for what each one means.
 *
 * @param maxDecompressedBytes largest uncompressed remote_write message (the length a snappy block declares
 *                             is checked against it before anything is allocated); larger bodies get 413
 */
public record IngestConfig(
        int maxSeriesPerRequest,
        int maxSamplesPerRequest,
        int maxLabelsPerSeries,
        int maxLabelNameLength,
        int maxLabelValueLength,
        long maxDecompressedBytes) {

    public static final IngestConfig DEFAULTS = new IngestConfig(
            IngestLimits.DEFAULTS.maxSeriesPerRequest(),
            IngestLimits.DEFAULTS.maxSamplesPerRequest(),
            IngestLimits.DEFAULTS.maxLabelsPerSeries(),
            IngestLimits.DEFAULTS.maxLabelNameLength(),
            IngestLimits.DEFAULTS.maxLabelValueLength(),
            32L * 1024 * 1024);

    public IngestConfig {
        if (maxDecompressedBytes < 1024) {
            throw new IllegalArgumentException("ingest.maxDecompressedBytes must be >= 1024, was " + maxDecompressedBytes);
        }
    }

    public IngestLimits limits(long maxBodyBytes) {
        return new IngestLimits(maxBodyBytes, maxSeriesPerRequest, maxSamplesPerRequest, maxLabelsPerSeries,
                maxLabelNameLength, maxLabelValueLength,
                IngestLimits.DEFAULTS.minTimestampMs(), IngestLimits.DEFAULTS.maxTimestampMs());
    }
}
