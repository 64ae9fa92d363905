package io.faultline.api.service;

import io.faultline.api.pipeline.LivePipeline;
import io.faultline.ingest.MetricStore;

/** Liveness (the process answers) and readiness (the store answers and the pipeline is wired). */
public final class HealthService {
    private final MetricStore store;
    private final LivePipeline pipeline;

    public record Liveness(String status) {
    }

    public record Readiness(boolean ready, String store, long storedSamples, LivePipeline.Stats pipeline) {
    }

    public HealthService(MetricStore store, LivePipeline pipeline) {
        this.store = store;
        this.pipeline = pipeline;
    }

    public Liveness liveness() {
        return new Liveness("ok");
    }

    public Readiness readiness() {
        try {
            return new Readiness(true, "ok", store.sampleCount(), pipeline.stats());
        } catch (RuntimeException e) {
            return new Readiness(false, "unavailable: " + e.getMessage(), -1, pipeline.stats());
        }
    }
}
