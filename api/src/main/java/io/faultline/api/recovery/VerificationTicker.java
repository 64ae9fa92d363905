package io.faultline.api.recovery;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls {@link RecoveryService#verifyDue()} every few seconds on one daemon thread until closed. */
public final class VerificationTicker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VerificationTicker.class);
    private final ScheduledExecutorService scheduler;

    public VerificationTicker(RecoveryService service, long periodMs) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "faultline-recovery-verify");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                service.verifyDue();
            } catch (RuntimeException e) {
                LOG.warn("recovery verification failed", e);
            }
        }, periodMs, periodMs, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
