package io.faultline.api;

import io.faultline.api.alerts.AlertIntakeService;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.http.ApiServer;
import io.faultline.api.incident.ChangeEventRepository;
import io.faultline.api.incident.IncidentJournal;
import io.faultline.api.incident.IncidentRepository;
import io.faultline.api.notify.LifecycleNotifications;
import io.faultline.api.notify.NotificationDispatcher;
import io.faultline.api.notify.NotifierFactory;
import io.faultline.api.pipeline.LivePipeline;
import io.faultline.api.recovery.Executor;
import io.faultline.api.recovery.ExecutorSet;
import io.faultline.api.recovery.MarkMitigating;
import io.faultline.api.recovery.PipelineVerifier;
import io.faultline.api.recovery.RecoveryAuditLog;
import io.faultline.api.recovery.RecoveryService;
import io.faultline.api.recovery.VerificationTicker;
import io.faultline.api.security.TokenRegistry;
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
import java.util.List;
import java.util.Map;

/**
 * The running server: the store, the live pipeline ({@link PipelineAssembly}) continuing the
 * incidents saved before a restart, the services and the HTTP server, built from a validated
 * configuration and closed together.
 */
public final class FaultlineApp implements AutoCloseable {
    private static final long VERIFY_PERIOD_MS = 5_000;

    private final MetricStore store;
    private final LivePipeline pipeline;
    private final ApiServer server;
    private final Services services;
    private final IncidentRepository incidents;
    private final ChangeEventRepository changes;
    private final IncidentJournal journal;
    private final NotificationDispatcher notifications;
    private final Recovery recovery;

    /** The recovery parts that live as long as the app. */
    private record Recovery(RecoveryAuditLog audit, RecoveryService service, VerificationTicker ticker) implements AutoCloseable {
        static Recovery start(FaultlineConfig config, LivePipeline pipeline, Map<String, String> env, Clock clock,
                              List<Executor> extraExecutors) {
            ExecutorSet executors = ExecutorSet.fromConfig(config.recovery(), env, extraExecutors);
            RecoveryAuditLog audit = RecoveryAuditLog.open(config.storage().path());
            RecoveryService service = new RecoveryService(pipeline.incidents()::find, executors, audit,
                    new PipelineVerifier(pipeline, config.recovery().verifySettleSeconds() * 1000),
                    config.recovery(), clock);
            return new Recovery(audit, service, new VerificationTicker(service, VERIFY_PERIOD_MS));
        }

        @Override
        public void close() {
            try {
                ticker.close();
            } finally {
                audit.close();
            }
        }
    }

    private FaultlineApp(MetricStore store, LivePipeline pipeline, ApiServer server, Services services,
                         IncidentRepository incidents, ChangeEventRepository changes, IncidentJournal journal,
                         NotificationDispatcher notifications, Recovery recovery) {
        this.notifications = notifications;
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
        Recovery recovery = null;
        IncidentRepository incidents = null;
        ChangeEventRepository changes = null;
        NotificationDispatcher notifications = null;
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
            notifications = NotifierFactory.dispatcher(config.notifications(), env, clock);
            LifecycleNotifications told = new LifecycleNotifications(pipeline.incidents()::find, notifications,
                    config.notifications().externalUrl());
            pipeline.incidents().addListener(told);
            pipeline.afterEachBatch(told::afterBatch);
            recovery = Recovery.start(config, pipeline, env, clock, extraExecutors);
            recovery.service().addListener(told);
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
                    recovery.service());
            FaultlineApp app = new FaultlineApp(store, pipeline, ApiServer.start(config.server(), services, Json.mapper(), tokens),
                    services, incidents, changes, journal, notifications, recovery);
            recovery.service().addListener(new MarkMitigating(services.incidents()));
            AppMetrics.register(metrics, app);
            return app;
        } catch (RuntimeException e) {
            closeAll(e, recovery, notifications, incidents, changes, store);
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

    /** Counters of the notifiers (for {@code /metrics}). */
    public NotificationDispatcher.Stats notificationStats() {
        return notifications.stats();
    }

    /** Requests refused by access control, for {@code /metrics}. */
    public ApiServer.AccessStats accessStats() {
        return server.accessStats();
    }

    /** Guarded recovery execution: the lifecycle and the demo call it, notifiers listen to it. */
    public RecoveryService recoveries() {
        return recovery.service();
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
                notifications.close();
                incidents.close();
                changes.close();
            } finally {
                store.close();
            }
        }
    }
}
