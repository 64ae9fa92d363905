package io.faultline.api;

import io.faultline.api.alerts.AlertIntakeService;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.http.ApiServer;
import io.faultline.api.notify.IncidentWatcher;
import io.faultline.api.notify.NotificationDispatcher;
import io.faultline.api.notify.NotifierFactory;
import io.faultline.api.pipeline.LivePipeline;
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
    private final MetricStore store;
    private final LivePipeline pipeline;
    private final NotificationDispatcher notifications;
    private final ApiServer server;

    private FaultlineApp(MetricStore store, LivePipeline pipeline, NotificationDispatcher notifications, ApiServer server) {
        this.store = store;
        this.pipeline = pipeline;
        this.notifications = notifications;
        this.server = server;
    }

    public static FaultlineApp start(FaultlineConfig config) {
        return start(config, System.getenv());
    }

    /** @param env where notifier secrets named by {@code secretEnv}/{@code urlEnv} are read */
    public static FaultlineApp start(FaultlineConfig config, Map<String, String> env) {
        Clock clock = Clock.systemUTC();
        MetricStore store = DuckDbMetricStore.open(config.storage().path());
        NotificationDispatcher notifications = null;
        try {
            LivePipeline pipeline = PipelineAssembly.build(config, store);
            notifications = NotifierFactory.dispatcher(config.notifications(), env, clock);
            pipeline.afterEachChange(new IncidentWatcher(pipeline.incidents(), notifications::publish, config.notifications().externalUrl()));
            Services services = new Services(
                    new IngestService(config.ingest().limits(config.server().maxBodyBytes()), pipeline),
                    new SeriesService(store, pipeline.topology()),
                    new IncidentService(pipeline),
                    new RcaService(pipeline),
                    new HealthService(store, pipeline),
                    new AlertIntakeService(pipeline, clock));
            return new FaultlineApp(store, pipeline, notifications, ApiServer.start(config.server(), services, Json.mapper()));
        } catch (RuntimeException e) {
            if (notifications != null) {
                notifications.close();
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

    /** Counters of the notifiers (for {@code /metrics}). */
    public NotificationDispatcher.Stats notificationStats() {
        return notifications.stats();
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            notifications.close();
            store.close();
        }
    }
}
