package io.faultline.api.notify;

/**
 * Counters of one target since startup (exported by {@code /metrics}).
 *
 * @param sent     notifications the receiver accepted (2xx), re-sends included
 * @param retries  tries repeated after a 429, a 5xx or an I/O failure
 * @param failed   notifications given up on (a non-retryable answer, or the last try failed)
 * @param dropped  notifications refused because the target's queue was full
 * @param queued   notifications waiting now
 */
public record NotifierStats(String name, String type, long sent, long retries, long failed, long dropped, int queued) {
}
