package io.faultline.api.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where incident notifications go and how hard delivery tries.
 *
 * @param externalUrl           base URL people reach this server at; incident links are
 *                              {@code <externalUrl>/api/v1/incidents/<id>}
 * @param resendIntervalSeconds how often a firing incident is posted to Alertmanager again (its
 *                              clients must re-send active alerts, or they resolve after
 *                              {@code resolve_timeout}), >= 1
 * @param queueCapacity         notifications waiting per target; beyond it new ones are dropped
 *                              and counted, so ingest never waits on a slow receiver, >= 1
 * @param maxAttempts           tries per notification, the first included, >= 1
 * @param initialBackoffMs      wait before the first retry; doubles per retry, >= 1
 * @param maxBackoffMs          longest wait between tries, also the cap on a {@code Retry-After}, >= initialBackoffMs
 * @param timeoutMs             connect and response timeout of one try, >= 1
 * @param notifiers             the targets
 */
public record NotificationsConfig(
        String externalUrl,
        long resendIntervalSeconds,
        int queueCapacity,
        int maxAttempts,
        long initialBackoffMs,
        long maxBackoffMs,
        long timeoutMs,
        List<NotifierConfig> notifiers) {

    public static final NotificationsConfig DEFAULTS =
            new NotificationsConfig("http://127.0.0.1:8080", 60, 1000, 5, 1000, 60_000, 10_000, List.of());

    public NotificationsConfig {
        externalUrl = externalUrl == null || externalUrl.isBlank() ? DEFAULTS.externalUrl : externalUrl.strip();
        NotifierConfig.checkUrl("notifications.externalUrl", externalUrl);
        while (externalUrl.endsWith("/")) {
            externalUrl = externalUrl.substring(0, externalUrl.length() - 1);
        }
        atLeast("resendIntervalSeconds", resendIntervalSeconds, 1);
        atLeast("queueCapacity", queueCapacity, 1);
        atLeast("maxAttempts", maxAttempts, 1);
        atLeast("initialBackoffMs", initialBackoffMs, 1);
        atLeast("maxBackoffMs", maxBackoffMs, initialBackoffMs);
        atLeast("timeoutMs", timeoutMs, 1);
        notifiers = notifiers == null ? List.of() : List.copyOf(notifiers);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < notifiers.size(); i++) {
            String where = "notifications.notifiers[" + i + "]";
            NotifierConfig n = notifiers.get(i);
            if (n == null) {
                throw new IllegalArgumentException(where + " is empty");
            }
            n.validate(where);
            if (!names.add(n.name())) {
                throw new IllegalArgumentException(where + ".name '" + n.name() + "' is used twice; give each target its own name");
            }
        }
    }

    private static void atLeast(String field, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException("notifications." + field + " must be >= " + min + ", was " + value);
        }
    }

    /** The same settings with other targets (for tests and embedding). */
    public NotificationsConfig withNotifiers(List<NotifierConfig> newNotifiers) {
        return new NotificationsConfig(externalUrl, resendIntervalSeconds, queueCapacity, maxAttempts,
                initialBackoffMs, maxBackoffMs, timeoutMs, newNotifiers);
    }
}
