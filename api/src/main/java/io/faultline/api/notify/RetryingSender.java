package io.faultline.api.notify;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers one request to one target under a {@link RetryPolicy}, counting what happened. */
final class RetryingSender {
    private static final Logger LOG = LoggerFactory.getLogger(RetryingSender.class);

    /** How a delivery ended. */
    enum Outcome { SENT, REJECTED, GAVE_UP }

    private final String target;
    private final Transport transport;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    final AtomicLong sent = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong failed = new AtomicLong();

    RetryingSender(String target, Transport transport, RetryPolicy policy, Sleeper sleeper) {
        this.target = target;
        this.transport = transport;
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /** Tries until success, a non-retryable answer or the last attempt. */
    Outcome send(HttpRequest request) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Optional<String> retryAfter = Optional.empty();
            String problem;
            try {
                Transport.Answer answer = transport.send(request);
                if (answer.status() >= 200 && answer.status() < 300) {
                    sent.incrementAndGet();
                    return Outcome.SENT;
                }
                problem = "HTTP " + answer.status();
                if (!RetryPolicy.retryable(answer.status())) {
                    failed.incrementAndGet();
                    LOG.warn("notifier {}: {} rejected the notification with {}; not retrying", target, request.uri(), problem);
                    return Outcome.REJECTED;
                }
                retryAfter = answer.retryAfter();
            } catch (IOException e) {
                problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            if (attempt >= policy.maxAttempts()) {
                failed.incrementAndGet();
                LOG.warn("notifier {}: giving up on {} after {} attempts ({})", target, request.uri(), attempt, problem);
                return Outcome.GAVE_UP;
            }
            retries.incrementAndGet();
            sleeper.sleep(policy.delayMs(attempt, retryAfter));
        }
    }
}
