package io.faultline.api;

import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.http.ApiServer;
import io.faultline.api.incident.ChangeEventRepository;
import io.faultline.api.incident.IncidentJournal;
import io.faultline.api.incident.IncidentRepository;
import io.faultline.api.pipeline.LivePipeline;
import io.faultline.api.promql.PromQueryService;
import io.faultline.api.service.ChangeEventService;
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
 * The running server: the store, the live pipeline ({@link PipelineAssembly}) continuing the
 * incidents saved before a restart, the services and the HTTP server, built from a validated
 * configuration and closed together.
 */
public final class FaultlineApp implements AutoCloseable {
    private final MetricStore store;
    private final LivePipeline pipeline;
    private final ApiServer server;
    private final Services services;
    private final IncidentRepository incidents;
    private final ChangeEventRepository changes;
    private final IncidentJournal journal;

    private FaultlineApp(MetricStore store, LivePipeline pipeline, ApiServer server, Services services,
                         IncidentRepository incidents, ChangeEventRepository changes, IncidentJournal journal) {
        this.store = store;
        this.pipeline = pipeline;
        this.server = server;
        this.services = services;
        this.incidents = incidents;
        this.changes = changes;
        this.journal = journal;
    }

    public static FaultlineApp start(FaultlineConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** @param clock times people's actions on incidents, the receipt of change events and "now" of queries */
    public static FaultlineApp start(FaultlineConfig config, Clock clock) {
        DuckDbMetricStore store = DuckDbMetricStore.open(config.storage().path());
        IncidentRepository incidents = null;
        ChangeEventRepository changes = null;
        try {
            incidents = new IncidentRepository(store.newConnection());
            ChangeEventRepository changeRepo = changes = new ChangeEventRepository(store.newConnection());
            IncidentJournal journal = new IncidentJournal(incidents);
            ServerMetrics metrics = ServerMetrics.create();
            LivePipeline pipeline = PipelineAssembly.build(config, store, metrics,
                    (fromMs, toMs) -> changeRepo.list(null, fromMs, toMs, 10_000));
            pipeline.afterEachBatch(journal::saveChanged);
            journal.restoreInto(pipeline.incidents(), config.incidents().resolvedHistory());
            metrics.watch(pipeline);
            Services services = new Services(
                    new IngestService(config.ingest().limits(config.server().maxBodyBytes()), pipeline),
                    new IncidentService(pipeline, incidents, changes, config.changes(), clock),
                    new RcaService(pipeline),
                    new HealthService(store, pipeline),
                    metrics,
                    new RemoteWriteService(config.ingest().limits(config.server().maxBodyBytes()),
                            config.ingest().maxDecompressedBytes(), pipeline),
                    new OtlpIngestService(config.ingest().limits(config.server().maxBodyBytes()), pipeline),
                    new PromQueryService(store, pipeline.scoreReplay(), clock),
                    new ChangeEventService(changes, pipeline.topology(), clock));
            return new FaultlineApp(store, pipeline, ApiServer.start(config.server(), services, Json.mapper()), services,
                    incidents, changes, journal);
        } catch (RuntimeException e) {
            closeAll(e, incidents, changes, store);
            throw e;
        }
    }

    private static void closeAll(RuntimeException failure, AutoCloseable... resources) {
        for (AutoCloseable r : resources) {
            if (r != null) {
                try {
                    r.close();
                } catch (Exception suppressed) {
                    failure.addSuppressed(suppressed);
                }
            }
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

    /** Counters of incident transitions and writes since start (for {@code /metrics}). */
    public IncidentJournal.Stats incidentStats() {
        return journal.stats();
    }

    public MetricStore store() {
        return store;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            try {
                incidents.close();
                changes.close();
            } finally {
                store.close();
            }
        }
    }
}
