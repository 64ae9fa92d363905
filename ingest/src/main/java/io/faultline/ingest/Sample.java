package io.faultline.ingest;

/** One observation of a series: a Unix time in milliseconds and a value. */
public record Sample(long timestampMs, double value) {
}
