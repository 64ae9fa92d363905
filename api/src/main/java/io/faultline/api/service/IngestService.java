package io.faultline.api.service;

import io.faultline.api.pipeline.LivePipeline;
import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.format.JsonIngestDecoder;

/** Accepts pushed samples: decodes them whole, then stores and scores them through the pipeline. */
public final class IngestService {
    private final JsonIngestDecoder json;
    private final LivePipeline pipeline;

    /** How much of a request was accepted. */
    public record IngestResult(int series, int samples) {
    }

    public IngestService(IngestLimits limits, LivePipeline pipeline) {
        this.json = new JsonIngestDecoder(limits);
        this.pipeline = pipeline;
    }

    /** Decodes the JSON push format; nothing is stored unless all of it is valid. */
    public IngestResult ingestJson(byte[] body) {
        SampleBatch batch = json.decode(body);
        pipeline.accept(batch);
        return new IngestResult(batch.series().size(), batch.sampleCount());
    }
}
