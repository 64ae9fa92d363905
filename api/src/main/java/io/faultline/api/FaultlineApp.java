package io.faultline.api;

import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.http.ApiServer;
import io.faultline.api.incident.ChangeEventRepository;
import io.faultline.api.incident.IncidentJournal;
import io.faultline.api.incident.IncidentRepository;
import io.faultline.api.pipeline.LivePipeline;
import io.faultline.api.service.ChangeEventService;
import io.faultline.api.service.HealthService;
import io.faultline.api.service.IncidentService;
import io.faultline.api.service.IngestService;
import io.faultline.api.service.RcaService;
import io.faultline.api.service.SeriesService;
import io.faultline.api.service.Services;
import io.faultline.ingest.MetricStore;
import io.faultline.ingest.store.DuckDbMetricStore;
import java.time.Clock;

/**
 * The running server: the store, the incident and change event repositories in the store's file,
 * the live pipeline ({@link PipelineAssembly}) continuing the incidents saved before a restart,
 * the services and the HTTP server, built from a validated configuration and closed together.
 */
public final class FaultlineApp implements AutoCloseable {
    private final MetricStore store;
    private final LivePipeline pipeline;
    private final ApiServer server;
    private final IncidentRepository incidents;
    private final ChangeEventRepository changes;
    private final IncidentJournal journal;

    private FaultlineApp(MetricStore store, LivePipeline pipeline, ApiServer server, IncidentRepository incidents,
                         ChangeEventRepository changes, IncidentJournal journal) {
        this.store = store;
        this.pipeline = pipeline;
        this.server = server;
        this.incidents = incidents;
        this.changes = changes;
        this.journal = journal;
    }

    public static FaultlineApp start(FaultlineConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** @param clock times people's actions on incidents and the receipt of change events */
    public static FaultlineApp start(FaultlineConfig config, Clock clock) {
        DuckDbMetricStore store = DuckDbMetricStore.open(config.storage().path());
        IncidentRepository incidents = null;
        ChangeEventRepository changes = null;
        try {
            incidents = new IncidentRepository(store.newConnection());
            ChangeEventRepository changeRepo = changes = new ChangeEventRepository(store.newConnection());
            IncidentJournal journal = new IncidentJournal(incidents);
            LivePipeline pipeline = PipelineAssembly.build(config, store,
                    (fromMs, toMs) -> changeRepo.list(null, fromMs, toMs, 10_000), journal::saveChanged);
            journal.restoreInto(pipeline.incidents(), config.incidents().resolvedHistory());
            Services services = new Services(
                    new IngestService(config.ingest().limits(config.server().maxBodyBytes()), pipeline),
                    new SeriesService(store, pipeline.topology()),
                    new IncidentService(pipeline, incidents, changes, config.changes(), clock),
                    new RcaService(pipeline),
                    new HealthService(store, pipeline),
                    new ChangeEventService(changes, pipeline.topology(), clock));
            return new FaultlineApp(store, pipeline, ApiServer.start(config.server(), services, Json.mapper()), incidents, changes,
                    journal);
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
