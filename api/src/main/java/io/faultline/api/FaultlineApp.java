package io.faultline.api;

import io.faultline.api.alerts.AlertIntakeService;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.http.ApiServer;
import io.faultline.api.incident.ChangeEventRepository;
import io.faultline.api.incident.IncidentJournal;
import io.faultline.api.incident.IncidentRepository;
import io.faultline.api.notify.NotificationDispatcher;
import io.faultline.api.pipeline.LivePipeline;
import io.faultline.api.recovery.Executor;
import io.faultline.api.recovery.RecoveryService;
import io.faultline.api.security.TokenRegistry;
import io.faultline.api.promql.PromQueryService;
import io.faultline.api.service.ChangeEventService;
import io.faultline.api.service.HealthService;
import io.faultline.api.service.IncidentService;
import io.faultline.api.service.IngestService;
import io.faultline.api.service.OtlpIngestService;
import io.faultline.api.service.RcaService;
import io.faultline.api.service.RemoteWriteService;
import io.faultline.api.http.Services;
import io.faultline.api.telemetry.ServerMetrics;
import io.faultline.ingest.MetricStore;
import io.faultline.ingest.store.DuckDbMetricStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The running server: the store, the live pipeline ({@link PipelineAssembly}) continuing the
 * incidents saved before a restart, notifications and guarded recovery ({@link RecoveryAssembly}),
 * the services and the HTTP server, built from a validated configuration and closed together.
 */
public final class FaultlineApp implements AutoCloseable {
    private final MetricStore store;
    private final LivePipeline pipeline;
    private final ApiServer server;
    private final Services services;
    private final IncidentRepository incidents;
    private final ChangeEventRepository changes;
    private final IncidentJournal journal;
    private final RecoveryAssembly recovery;

    private FaultlineApp(MetricStore store, LivePipeline pipeline, ApiServer server, Services services,
                         IncidentRepository incidents, ChangeEventRepository changes, IncidentJournal journal,
                         RecoveryAssembly recovery) {
        this.recovery = recovery;
        this.store = store;
        this.pipeline = pipeline;
        this.server = server;
        this.services = services;
        this.incidents = incidents;
        this.changes = changes;
        this.journal = journal;
    }

    public static FaultlineApp start(FaultlineConfig config) {
        return start(config, Clock.systemUTC(), System.getenv());
    }

    public static FaultlineApp start(FaultlineConfig config, Clock clock) {
        return start(config, clock, System.getenv());
    }

    public static FaultlineApp start(FaultlineConfig config, Map<String, String> env) {
        return start(config, Clock.systemUTC(), env);
    }

    /**
     * @param clock times people's actions on incidents, the receipt of change events and alerts, and "now" of queries
     * @param env   where secrets named by settings ({@code secretEnv}, {@code urlEnv}) are read
     */
    public static FaultlineApp start(FaultlineConfig config, Clock clock, Map<String, String> env) {
        return start(config, clock, env, List.of());
    }

    /**
     * @param extraExecutors recovery executors built in code, next to the configured ones (the demo's,
     *                       acting on the simulator)
     */
    public static FaultlineApp start(FaultlineConfig config, Clock clock, Map<String, String> env, List<Executor> extraExecutors) {
        TokenRegistry tokens = TokenRegistry.fromConfig(config.security(), env);
        DuckDbMetricStore store = DuckDbMetricStore.open(config.storage().path());
        RecoveryAssembly recovery = null;
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
            recovery = RecoveryAssembly.start(config, pipeline, env, clock, extraExecutors);
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
                    new ChangeEventService(changes, pipeline.topology(), clock),
                    new AlertIntakeService(pipeline, clock),
                    recovery.recoveries());
            FaultlineApp app = new FaultlineApp(store, pipeline, ApiServer.start(config.server(), services, Json.mapper(), tokens),
                    services, incidents, changes, journal, recovery);
            recovery.markMitigatingThrough(services.incidents());
            AppMetrics.register(metrics, app);
            return app;
        } catch (RuntimeException e) {
            Closing.closeAll(e, recovery, incidents, changes, store);
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

    /** Counters of incident transitions and writes since start (for {@code /metrics}). */
    public IncidentJournal.Stats incidentStats() {
        return journal.stats();
    }

    /** Counters of the notifiers (for {@code /metrics}). */
    public NotificationDispatcher.Stats notificationStats() {
        return recovery.notifications().stats();
    }

    /** Requests refused by access control, for {@code /metrics}. */
    public ApiServer.AccessStats accessStats() {
        return server.accessStats();
    }

    /** Guarded recovery execution: the lifecycle and the demo call it, notifiers listen to it. */
    public RecoveryService recoveries() {
        return recovery.recoveries();
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
                recovery.close();
                incidents.close();
                changes.close();
            } finally {
                store.close();
            }
        }
    }
}
