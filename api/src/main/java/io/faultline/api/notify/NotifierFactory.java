package io.faultline.api.notify;

import io.faultline.api.config.ConfigException;
import io.faultline.api.config.NotificationsConfig;
import io.faultline.api.config.NotifierConfig;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the notifiers of the {@code notifications} section, reading each secret and
 * environment-held URL once at startup. A variable that is unset or a file that cannot be read
 * stops startup with a {@link ConfigException} naming the setting; the secret itself never
 * appears in a message.
 */
public final class NotifierFactory {
    private NotifierFactory() {
    }

    /** A running dispatcher over every configured target, sending with the JDK HTTP client. */
    public static NotificationDispatcher dispatcher(NotificationsConfig config, Map<String, String> env, Clock clock) {
        List<Notifier> notifiers = notifiers(config, env, clock);
        if (notifiers.isEmpty()) {
            return NotificationDispatcher.none();
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(config.timeoutMs())).build();
        return new NotificationDispatcher(notifiers, Transport.of(client),
                new RetryPolicy(config.maxAttempts(), config.initialBackoffMs(), config.maxBackoffMs()),
                Sleeper.REAL, clock, config.queueCapacity());
    }

    static List<Notifier> notifiers(NotificationsConfig config, Map<String, String> env, Clock clock) {
        Duration timeout = Duration.ofMillis(config.timeoutMs());
        List<Notifier> out = new ArrayList<>();
        for (int i = 0; i < config.notifiers().size(); i++) {
            NotifierConfig n = config.notifiers().get(i);
            String where = "notifications.notifiers[" + i + "]";
            String url = n.urlEnv() != null ? fromEnv(env, where + ".urlEnv", n.urlEnv()) : n.url();
            if (n.urlEnv() != null) {
                try {
                    NotifierConfig.checkUrl(where + ".urlEnv (" + n.urlEnv() + ")", url);
                } catch (IllegalArgumentException e) {
                    // the message would quote the URL, and a webhook URL can be a secret
                    throw new ConfigException(where + ".urlEnv: " + n.urlEnv() + " does not hold an absolute http or https URL");
                }
            }
            String secret = n.secretEnv() != null ? fromEnv(env, where + ".secretEnv", n.secretEnv())
                    : n.secretFile() != null ? fromFile(where + ".secretFile", n.secretFile()) : null;
            out.add(switch (n.type()) {
                case "alertmanager" -> new AlertmanagerNotifier(n.name(), url, config.resendIntervalSeconds() * 1000, timeout);
                case "webhook" -> new WebhookNotifier(n.name(), url, secret.getBytes(StandardCharsets.UTF_8), clock, timeout);
                case "slack" -> new SlackNotifier(n.name(), url, timeout);
                case "pagerduty" -> new PagerDutyNotifier(n.name(), url == null ? PagerDutyNotifier.DEFAULT_URL : url, secret, timeout);
                default -> throw new ConfigException(where + ".type: unknown type '" + n.type() + "'");
            });
        }
        return out;
    }

    private static String fromEnv(Map<String, String> env, String setting, String variable) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            throw new ConfigException(setting + ": environment variable " + variable + " is not set");
        }
        return value.strip();
    }

    private static String fromFile(String setting, String file) {
        try {
            String value = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            if (value.isEmpty()) {
                throw new ConfigException(setting + ": " + file + " is empty");
            }
            return value;
        } catch (IOException e) {
            throw new ConfigException(setting + ": cannot read " + file + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
