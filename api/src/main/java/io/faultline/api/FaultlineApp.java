package io.faultline.api;

import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.http.ApiServer;
import io.faultline.api.pipeline.LivePipeline;
import io.faultline.api.recovery.ExecutorSet;
import io.faultline.api.recovery.PipelineVerifier;
import io.faultline.api.recovery.RecoveryAuditLog;
import io.faultline.api.recovery.RecoveryService;
import io.faultline.api.recovery.VerificationTicker;
import io.faultline.api.security.TokenRegistry;
import io.faultline.api.service.HealthService;
import io.faultline.api.service.IncidentService;
import io.faultline.api.service.IngestService;
import io.faultline.api.service.RcaService;
import io.faultline.api.service.SeriesService;
import io.faultline.api.service.Services;
import io.faultline.ingest.MetricStore;
import io.faultline.ingest.store.DuckDbMetricStore;
import java.time.Clock;
import java.util.Map;

/**
 * The running server: the store, the live pipeline ({@link PipelineAssembly}), the services and
 * the HTTP server, built from a validated configuration and closed together.
 */
public final class FaultlineApp implements AutoCloseable {
    private static final long VERIFY_PERIOD_MS = 5_000;

    private final MetricStore store;
    private final LivePipeline pipeline;
    private final ApiServer server;
    private final Recovery recovery;

    /** The recovery parts that live as long as the app. */
    private record Recovery(RecoveryAuditLog audit, RecoveryService service, VerificationTicker ticker) implements AutoCloseable {
        static Recovery start(FaultlineConfig config, LivePipeline pipeline, Map<String, String> env) {
            ExecutorSet executors = ExecutorSet.fromConfig(config.recovery(), env);
            RecoveryAuditLog audit = RecoveryAuditLog.open(config.storage().path());
            RecoveryService service = new RecoveryService(pipeline.incidents()::find, executors, audit,
                    new PipelineVerifier(pipeline, config.recovery().verifySettleSeconds() * 1000),
                    config.recovery(), Clock.systemUTC());
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

    private FaultlineApp(MetricStore store, LivePipeline pipeline, ApiServer server, Recovery recovery) {
        this.store = store;
        this.pipeline = pipeline;
        this.server = server;
        this.recovery = recovery;
    }

    public static FaultlineApp start(FaultlineConfig config) {
        return start(config, System.getenv());
    }

    /** As {@link #start(FaultlineConfig)}, with {@code env} resolving the secrets the config names by variable. */
    public static FaultlineApp start(FaultlineConfig config, Map<String, String> env) {
        TokenRegistry tokens = TokenRegistry.fromConfig(config.security(), env);
        MetricStore store = DuckDbMetricStore.open(config.storage().path());
        Recovery recovery = null;
        try {
            LivePipeline pipeline = PipelineAssembly.build(config, store);
            recovery = Recovery.start(config, pipeline, env);
            Services services = new Services(
                    new IngestService(config.ingest().limits(config.server().maxBodyBytes()), pipeline),
                    new SeriesService(store, pipeline.topology()),
                    new IncidentService(pipeline),
                    new RcaService(pipeline),
                    new HealthService(store, pipeline),
                    recovery.service());
            return new FaultlineApp(store, pipeline, ApiServer.start(config.server(), services, Json.mapper(), tokens), recovery);
        } catch (RuntimeException e) {
            if (recovery != null) {
                recovery.close();
            }
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

    public MetricStore store() {
        return store;
    }

    /** Requests refused by access control, for {@code /metrics}. */
    public ApiServer.AccessStats accessStats() {
        return server.accessStats();
    }

    /** Guarded recovery execution: the lifecycle and the demo call it, notifiers listen to it. */
    public RecoveryService recoveries() {
        return recovery.service();
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            try {
                recovery.close();
            } finally {
                store.close();
            }
        }
    }
}
