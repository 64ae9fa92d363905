package io.faultline.api;

import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.notify.LifecycleNotifications;
import io.faultline.api.notify.NotificationDispatcher;
import io.faultline.api.notify.NotifierFactory;
import io.faultline.api.pipeline.LivePipeline;
import io.faultline.api.recovery.Executor;
import io.faultline.api.recovery.ExecutorSet;
import io.faultline.api.recovery.MarkMitigating;
import io.faultline.api.recovery.PendingVerificationLog;
import io.faultline.api.recovery.PipelineVerifier;
import io.faultline.api.recovery.RecoveryAuditLog;
import io.faultline.api.recovery.RecoveryService;
import io.faultline.api.recovery.VerificationTicker;
import io.faultline.api.service.IncidentService;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Builds what acts on incidents once the pipeline exists: notifications driven by the lifecycle's
 * transitions and by recovery escalations, and guarded recovery with its executors, audit log,
 * pending verifications (resumed from the store's file) and verification timer. Closed together.
 */
final class RecoveryAssembly implements AutoCloseable {
    private static final long VERIFY_PERIOD_MS = 5_000;

    private final NotificationDispatcher notifications;
    private final RecoveryAuditLog audit;
    private final PendingVerificationLog pending;
    private final RecoveryService recoveries;
    private final VerificationTicker ticker;

    private RecoveryAssembly(NotificationDispatcher notifications, RecoveryAuditLog audit, PendingVerificationLog pending,
                             RecoveryService recoveries, VerificationTicker ticker) {
        this.notifications = notifications;
        this.audit = audit;
        this.pending = pending;
        this.recoveries = recoveries;
        this.ticker = ticker;
    }

    /**
     * @param env            where secrets named by settings are read
     * @param extraExecutors recovery executors built in code, next to the configured ones
     */
    static RecoveryAssembly start(FaultlineConfig config, LivePipeline pipeline, Map<String, String> env, Clock clock,
                                  List<Executor> extraExecutors) {
        ExecutorSet executors = ExecutorSet.fromConfig(config.recovery(), env, extraExecutors);
        NotificationDispatcher notifications = NotifierFactory.dispatcher(config.notifications(), env, clock);
        RecoveryAuditLog audit = null;
        PendingVerificationLog pending = null;
        try {
            audit = RecoveryAuditLog.open(config.storage().path());
            pending = PendingVerificationLog.open(config.storage().path());
            RecoveryService service = new RecoveryService(pipeline.incidents()::find, executors, audit, pending,
                    new PipelineVerifier(pipeline, config.recovery().verifySettleSeconds() * 1000), config.recovery(), clock);
            LifecycleNotifications told = new LifecycleNotifications(pipeline.incidents()::find, notifications,
                    config.notifications().externalUrl());
            pipeline.incidents().addListener(told);
            pipeline.afterEachBatch(told::afterBatch);
            service.addListener(told);
            return new RecoveryAssembly(notifications, audit, pending, service, new VerificationTicker(service, VERIFY_PERIOD_MS));
        } catch (RuntimeException e) {
            Closing.closeAll(e, pending, audit, notifications);
            throw e;
        }
    }

    /** A successful action moves its incident to mitigating through the lifecycle's own step. */
    void markMitigatingThrough(IncidentService incidents) {
        recoveries.addListener(new MarkMitigating(incidents));
    }

    RecoveryService recoveries() {
        return recoveries;
    }

    NotificationDispatcher notifications() {
        return notifications;
    }

    @Override
    public void close() {
        RuntimeException failure = new IllegalStateException("closing recovery and notifications failed");
        Closing.closeAll(failure, ticker, notifications, pending, audit);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }
}
