package io.faultline.ingest;

/**
 * Limits on what one request or file may carry. Past any of them the input is rejected whole,
 * with a message naming the limit.
 */
public record IngestLimits(
        long maxBodyBytes,
        int maxSeriesPerRequest,
        int maxSamplesPerRequest,
        int maxLabelsPerSeries,
        int maxLabelNameLength,
        int maxLabelValueLength,
        long minTimestampMs,
        long maxTimestampMs) {

    /** 10 MB bodies, 10k series, 1M samples, 32 labels, names 128 and values 1024 characters, years 2000..2100. */
    public static final IngestLimits DEFAULTS = new IngestLimits(
            10L * 1024 * 1024, 10_000, 1_000_000, 32, 128, 1024, 946_684_800_000L, 4_102_444_800_000L);

    public IngestLimits {
        if (maxBodyBytes < 1 || maxSeriesPerRequest < 1 || maxSamplesPerRequest < 1 || maxLabelsPerSeries < 1
                || maxLabelNameLength < 1 || maxLabelValueLength < 1) {
            throw new IllegalArgumentException("ingest limits must all be >= 1");
        }
        if (minTimestampMs >= maxTimestampMs) {
            throw new IllegalArgumentException("minTimestampMs must be < maxTimestampMs");
        }
    }

    /** Checks one series key against the label limits; the message names the series. */
    public void check(SeriesKey key) {
        if (key.labels().size() > maxLabelsPerSeries) {
            throw new InvalidInputException("series " + key.metric() + " has " + key.labels().size()
                    + " labels, limit is " + maxLabelsPerSeries);
        }
        key.labels().forEach((name, value) -> {
            if (name.length() > maxLabelNameLength) {
                throw new InvalidInputException("label name '" + name.substring(0, Math.min(32, name.length())) + "...' of series " + key.metric()
                        + " is " + name.length() + " characters, limit is " + maxLabelNameLength);
            }
            if (value.length() > maxLabelValueLength) {
                throw new InvalidInputException("label '" + name + "' of series " + key.metric() + " is "
                        + value.length() + " characters, limit is " + maxLabelValueLength);
            }
        });
    }

    /** Checks one sample; {@code where} names it in the message. */
    public void check(long timestampMs, double value, String where) {
        if (timestampMs < minTimestampMs || timestampMs > maxTimestampMs) {
            throw new InvalidInputException(where + ": timestamp " + timestampMs + " ms is out of range ["
                    + minTimestampMs + ", " + maxTimestampMs + "]");
        }
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(where + ": value " + value + " is not a finite number");
        }
    }
}
