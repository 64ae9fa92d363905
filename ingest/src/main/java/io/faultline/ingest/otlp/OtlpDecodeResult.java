package io.faultline.ingest.otlp;

import io.faultline.ingest.SampleBatch;

/**
 * What an OTLP metrics request gave: the samples to store, and how many OTLP data points were taken
 * and refused. A refused point is reported in OTLP's {@code partial_success}: {@code rejectedPoints}
 * and {@code message}, which names the first few refused points by path and says why ("" when none was).
 * A taken point may give no sample (the first point of a cumulative histogram has no interval yet).
 */
public record OtlpDecodeResult(SampleBatch batch, long acceptedPoints, long rejectedPoints, String message) {
    public OtlpDecodeResult {
        if (acceptedPoints < 0 || rejectedPoints < 0) {
            throw new IllegalArgumentException("point counts must be >= 0, were " + acceptedPoints + " and " + rejectedPoints);
        }
    }
}
