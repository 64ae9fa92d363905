package io.faultline.api.service;

import io.faultline.api.pipeline.LivePipeline;
import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.otlp.OtlpDecodeResult;
import io.faultline.ingest.otlp.OtlpMetricsDecoder;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Accepts OTLP metrics: decodes a request (protobuf or OTLP/JSON, already decompressed), then stores
 * and scores what could be mapped through the pipeline. Points that could not be mapped are left out
 * and reported back (OTLP's partial success); a request that cannot be read stores nothing.
 */
public final class OtlpIngestService {
    private final OtlpMetricsDecoder decoder;
    private final LivePipeline pipeline;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong acceptedPoints = new AtomicLong();
    private final AtomicLong rejectedPoints = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();

    /** Totals since start, for {@code /metrics}: requests decoded, OTLP points taken and refused, samples stored. */
    public record Stats(long requests, long acceptedPoints, long rejectedPoints, long samples) {
    }

    public OtlpIngestService(IngestLimits limits, LivePipeline pipeline) {
        this.decoder = new OtlpMetricsDecoder(limits);
        this.pipeline = pipeline;
    }

    /** Decodes an {@code ExportMetricsServiceRequest} in protobuf ({@code json == false}) or OTLP/JSON, and ingests it. */
    public OtlpDecodeResult ingest(byte[] body, boolean json) {
        OtlpDecodeResult result = json ? decoder.decodeJson(body) : decoder.decodeProtobuf(body);
        if (!result.batch().isEmpty()) {
            pipeline.accept(result.batch());
        }
        requests.incrementAndGet();
        acceptedPoints.addAndGet(result.acceptedPoints());
        rejectedPoints.addAndGet(result.rejectedPoints());
        samples.addAndGet(result.batch().sampleCount());
        return result;
    }

    public Stats stats() {
        return new Stats(requests.get(), acceptedPoints.get(), rejectedPoints.get(), samples.get());
    }
}
