package io.faultline.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code notifications} section: binding, defaults, and one message naming the field for each mistake. */
class NotificationsConfigTest {
    @TempDir
    Path dir;

    private FaultlineConfig load(String yaml, Map<String, String> env) throws IOException {
        Path f = dir.resolve("faultline.yaml");
        Files.writeString(f, yaml);
        return ConfigLoader.load(f, env);
    }

    private String error(String yaml) {
        return assertThrows(ConfigException.class, () -> load(yaml, Map.of())).getMessage();
    }

    @Test
    void bindsTargetsAndOverridesScalarsFromTheEnvironment() throws IOException {
        FaultlineConfig c = load("""
                notifications:
                  externalUrl: https://faultline.example.com/
                  notifiers:
                    - {type: alertmanager, url: "http://127.0.0.1:9093"}
                    - {name: oncall, type: pagerduty, secretEnv: PD_ROUTING_KEY}
                    - {type: slack, urlEnv: SLACK_WEBHOOK_URL}
                    - {type: webhook, url: "https://hooks.example.com/faultline", secretFile: /etc/faultline/hook.secret}
                """, Map.of("FAULTLINE_NOTIFICATIONS_RESEND_INTERVAL_SECONDS", "30"));
        NotificationsConfig n = c.notifications();
        assertEquals("https://faultline.example.com", n.externalUrl());
        assertEquals(30, n.resendIntervalSeconds());
        assertEquals(NotificationsConfig.DEFAULTS.maxAttempts(), n.maxAttempts());
        assertEquals(List.of(
                new NotifierConfig("alertmanager", "alertmanager", "http://127.0.0.1:9093", null, null, null),
                new NotifierConfig("oncall", "pagerduty", null, null, "PD_ROUTING_KEY", null),
                new NotifierConfig("slack", "slack", null, "SLACK_WEBHOOK_URL", null, null),
                new NotifierConfig("webhook", "webhook", "https://hooks.example.com/faultline", null, null, "/etc/faultline/hook.secret")),
                n.notifiers());
    }

    @Test
    void mistakesNameTheField() {
        assertEquals("config faultline.yaml: notifications.notifiers[0].type must be one of alertmanager, webhook, slack, pagerduty, was 'teams'",
                error("notifications: {notifiers: [{type: teams, url: 'http://x'}]}"));
        assertEquals("config faultline.yaml: notifications.notifiers[0].url (or urlEnv) is required for type slack",
                error("notifications: {notifiers: [{type: slack}]}"));
        assertEquals("config faultline.yaml: notifications.notifiers[0].url must be an absolute http or https URL, was 'ftp://x'",
                error("notifications: {notifiers: [{type: alertmanager, url: 'ftp://x'}]}"));
        assertEquals("config faultline.yaml: notifications.notifiers[1].secretEnv or notifications.notifiers[1].secretFile is required"
                        + " for type webhook (the HMAC signing key)",
                error("notifications: {notifiers: [{type: slack, url: 'http://x'}, {type: webhook, url: 'http://y'}]}"));
        assertEquals("config faultline.yaml: notifications.notifiers[0].secretEnv must not start with FAULTLINE_ (such variables are"
                        + " settings), was 'FAULTLINE_PD_KEY'",
                error("notifications: {notifiers: [{type: pagerduty, secretEnv: FAULTLINE_PD_KEY}]}"));
        assertEquals("config faultline.yaml: notifications.notifiers[1].name 'slack' is used twice; give each target its own name",
                error("notifications: {notifiers: [{type: slack, url: 'http://x'}, {type: slack, url: 'http://y'}]}"));
        assertEquals("config faultline.yaml: notifications.resendIntervalSeconds must be >= 1, was 0",
                error("notifications: {resendIntervalSeconds: 0}"));
        assertEquals("config faultline.yaml: notifications.maxBackoffMs must be >= 1000, was 10",
                error("notifications: {maxBackoffMs: 10}"));
        assertEquals("config faultline.yaml: unknown setting 'notifications.notifiers[0].token'; known here: name, secretEnv, secretFile, type, url, urlEnv",
                error("notifications: {notifiers: [{type: slack, url: 'http://x', token: abc}]}"));
    }
}
