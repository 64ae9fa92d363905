package io.faultline.api.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.faultline.api.config.WebhookExecutorConfig;
import io.faultline.rca.RecoveryAction;
import io.faultline.rca.RecoveryKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exact webhook and AWX job-launch calls, against a local receiver. */
class WebhookExecutorTest {
    private static final Instant AT = Instant.parse("2026-11-23T09:15:42Z");
    private static final ActionRequest ROLL_BACK = new ActionRequest("inc-7",
            new RecoveryAction(RecoveryKind.ROLL_BACK, "checkout", "A bad deploy goes with it.", "medium"), "oncall", AT);
    private final Receiver receiver = new Receiver();

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void jsonFormatPostsTheActionWithTheBearerToken() {
        receiver.answer("POST /hooks/recover", 202, "");
        WebhookExecutor executor = WebhookExecutor.create(new WebhookExecutorConfig(receiver.url() + "/hooks/recover", "json",
                List.of(RecoveryKind.ROLL_BACK), Map.of(), "HOOK_TOKEN", "", 5), Map.of("HOOK_TOKEN", "hook-secret"));
        assertEquals(Set.of(RecoveryKind.ROLL_BACK), executor.kinds());
        assertEquals(Outcome.succeeded("webhook accepted ROLL_BACK of checkout (202)"), executor.execute(ROLL_BACK));
        assertEquals(List.of(new Receiver.Request("POST", "/hooks/recover", "application/json", "Bearer hook-secret",
                "{\"source\":\"faultline\",\"incidentId\":\"inc-7\",\"component\":\"checkout\",\"kind\":\"ROLL_BACK\","
                        + "\"rationale\":\"A bad deploy goes with it.\",\"risk\":\"medium\",\"actor\":\"oncall\","
                        + "\"at\":\"2026-11-23T09:15:42Z\"}")), receiver.requests());
    }

    @Test
    void awxFormatLaunchesTheKindsJobTemplateWithExtraVars() {
        receiver.answer("POST /api/v2/job_templates/12/launch/", 201, "{\"job\":42,\"ignored_fields\":{}}");
        WebhookExecutor executor = WebhookExecutor.create(new WebhookExecutorConfig(receiver.url(), "awx", List.of(),
                Map.of(RecoveryKind.ROLL_BACK, 12), "", "", 5), Map.of());
        assertEquals("awx", executor.name());
        assertEquals(Outcome.succeeded("AWX job 42 launched from template 12"), executor.execute(ROLL_BACK));
        assertEquals(List.of(new Receiver.Request("POST", "/api/v2/job_templates/12/launch/", "application/json", null,
                "{\"extra_vars\":{\"faultline_incident\":\"inc-7\",\"faultline_component\":\"checkout\","
                        + "\"faultline_kind\":\"roll_back\",\"faultline_actor\":\"oncall\"}}")), receiver.requests());
    }

    @Test
    void aRefusalIsAFailedOutcome() {
        receiver.answer("POST /hook", 500, "{\"error\":\"boom\"}");
        WebhookExecutor executor = WebhookExecutor.create(new WebhookExecutorConfig(receiver.url() + "/hook", "json",
                List.of(RecoveryKind.ROLL_BACK), Map.of(), "", "", 5), Map.of());
        assertEquals(Outcome.failed("webhook answered 500: {\"error\":\"boom\"}"), executor.execute(ROLL_BACK));
    }
}
