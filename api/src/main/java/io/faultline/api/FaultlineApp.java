package io.faultline.api;

import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.http.ApiServer;
import io.faultline.api.pipeline.LivePipeline;
import io.faultline.api.promql.PromQueryService;
import io.faultline.api.service.HealthService;
import io.faultline.api.service.IncidentService;
import io.faultline.api.service.IngestService;
import io.faultline.api.service.OtlpIngestService;
import io.faultline.api.service.RcaService;
import io.faultline.api.service.RemoteWriteService;
import io.faultline.api.service.Services;
import io.faultline.api.telemetry.ServerMetrics;
import io.faultline.ingest.MetricStore;
import io.faultline.ingest.store.DuckDbMetricStore;
import java.time.Clock;

/**
 * The running server: the store, the live pipeline ({@link PipelineAssembly}), the services and
 * the HTTP server, built from a validated configuration and closed together.
 */
public final class FaultlineApp implements AutoCloseable {
    private final MetricStore store;
    private final LivePipeline pipeline;
    private final ApiServer server;
    private final Services services;

    private FaultlineApp(MetricStore store, LivePipeline pipeline, ApiServer server, Services services) {
        this.store = store;
        this.pipeline = pipeline;
        this.server = server;
        this.services = services;
    }

    public static FaultlineApp start(FaultlineConfig config) {
        MetricStore store = DuckDbMetricStore.open(config.storage().path());
        try {
            ServerMetrics metrics = ServerMetrics.create();
            LivePipeline pipeline = PipelineAssembly.build(config, store, metrics);
            metrics.watch(pipeline);
            Services services = new Services(
                    new IngestService(config.ingest().limits(config.server().maxBodyBytes()), pipeline),
                    new IncidentService(pipeline),
                    new RcaService(pipeline),
                    new HealthService(store, pipeline),
                    metrics,
                    new RemoteWriteService(config.ingest().limits(config.server().maxBodyBytes()),
                            config.ingest().maxDecompressedBytes(), pipeline),
                    new OtlpIngestService(config.ingest().limits(config.server().maxBodyBytes()), pipeline),
                    new PromQueryService(store, pipeline.scoreReplay(), Clock.systemUTC()));
            return new FaultlineApp(store, pipeline, ApiServer.start(config.server(), services, Json.mapper()), services);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    public LivePipeline pipeline() {
        return pipeline;
    }

    /** The services, e.g. for their counters ({@code remoteWrite().stats()}). */
    public Services services() {
        return services;
    }

    public MetricStore store() {
        return store;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            store.close();
        }
    }
}
