package io.faultline.api.notify;

import java.util.Optional;

/**
 * When to try a delivery again: on 429 and 5xx answers and on I/O failures, never on other
 * statuses. The wait doubles from {@code initialBackoffMs} up to {@code maxBackoffMs}; a
 * {@code Retry-After} in seconds replaces it, capped at {@code maxBackoffMs} so a sender thread
 * never stalls for longer. No jitter: each target has a single sender, so there is no herd to spread.
 */
public record RetryPolicy(int maxAttempts, long initialBackoffMs, long maxBackoffMs) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
        }
        if (initialBackoffMs < 1) {
            throw new IllegalArgumentException("initialBackoffMs must be >= 1, was " + initialBackoffMs);
        }
        if (maxBackoffMs < initialBackoffMs) {
            throw new IllegalArgumentException("maxBackoffMs must be >= initialBackoffMs (" + initialBackoffMs + "), was " + maxBackoffMs);
        }
    }

    /** Whether an answer with this status is worth another try. */
    public static boolean retryable(int status) {
        return status == 429 || status >= 500;
    }

    /** The wait after failed try number {@code attempt} (1-based). */
    public long delayMs(int attempt, Optional<String> retryAfter) {
        if (retryAfter.isPresent()) {
            try {
                long seconds = Long.parseLong(retryAfter.get().strip());
                if (seconds >= 0) {
                    return Math.min(seconds * 1000, maxBackoffMs);
                }
            } catch (NumberFormatException e) {
                // an HTTP-date or garbage: fall back to the backoff
            }
        }
        long delay = initialBackoffMs;
        for (int i = 1; i < attempt && delay < maxBackoffMs; i++) {
            delay *= 2;
        }
        return Math.min(delay, maxBackoffMs);
    }
}
