package io.faultline.api.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.api.config.ConfigException;
import io.faultline.api.config.NotificationsConfig;
import io.faultline.api.config.NotifierConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets are read once at startup; a missing one stops startup naming the setting, never quoting the secret. */
class NotifierFactoryTest {
    @TempDir
    Path dir;

    private static NotificationsConfig with(NotifierConfig... notifiers) {
        return NotificationsConfig.DEFAULTS.withNotifiers(List.of(notifiers));
    }

    private static String error(NotificationsConfig config, Map<String, String> env) {
        return assertThrows(ConfigException.class, () -> NotifierFactory.notifiers(config, env, Clock.systemUTC())).getMessage();
    }

    @Test
    void buildsEachTypeWithItsSecret() {
        List<Notifier> built = NotifierFactory.notifiers(with(
                new NotifierConfig("am", "alertmanager", "http://127.0.0.1:9093", null, null, null),
                new NotifierConfig("pd", "pagerduty", null, null, "PD_KEY", null),
                new NotifierConfig("slack", "slack", null, "SLACK_URL", null, null)),
                Map.of("PD_KEY", "abc", "SLACK_URL", "https://hooks.slack.com/services/T/B/X"), Clock.systemUTC());
        assertEquals(List.of("am:alertmanager:60000", "pd:pagerduty:0", "slack:slack:0"),
                built.stream().map(n -> n.name() + ":" + n.type() + ":" + n.resendIntervalMs()).toList());
    }

    @Test
    void missingSecretsNameTheSetting() {
        assertEquals("notifications.notifiers[0].secretEnv: environment variable PD_KEY is not set",
                error(with(new NotifierConfig("pd", "pagerduty", null, null, "PD_KEY", null)), Map.of()));
        Path missing = dir.resolve("absent.secret");
        assertEquals("notifications.notifiers[0].secretFile: cannot read " + missing + " (NoSuchFileException)",
                error(with(new NotifierConfig("hook", "webhook", "http://x", null, null, missing.toString())), Map.of()));
        assertEquals("notifications.notifiers[0].urlEnv: SLACK_URL does not hold an absolute http or https URL",
                error(with(new NotifierConfig("slack", "slack", null, "SLACK_URL", null, null)), Map.of("SLACK_URL", "xoxb-secret")));
    }
}
