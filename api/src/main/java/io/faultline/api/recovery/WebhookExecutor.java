package io.faultline.api.recovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.faultline.api.config.WebhookExecutorConfig;
import io.faultline.rca.RecoveryKind;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Hands an action to automation over HTTP, with an optional bearer token; any 2xx answer is
 * success. Format {@code json} POSTs to the URL
 * <pre>{"source":"faultline","incidentId":...,"component":...,"kind":"ROLL_BACK","rationale":...,"risk":...,"actor":...,"at":"2026-01-01T00:00:00Z"}</pre>
 * Format {@code awx} launches the kind's job template of Ansible AWX / Tower:
 * {@code POST {url}/api/v2/job_templates/{id}/launch/} with
 * <pre>{"extra_vars":{"faultline_incident":...,"faultline_component":...,"faultline_kind":"roll_back","faultline_actor":...}}</pre>
 * (the template must allow extra variables on launch, "Prompt on launch").
 */
public final class WebhookExecutor implements Executor {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebhookExecutorConfig config;
    private final HttpCall http;

    WebhookExecutor(WebhookExecutorConfig config, HttpCall http) {
        this.config = config;
        this.http = http;
    }

    public static WebhookExecutor create(WebhookExecutorConfig config, Map<String, String> env) {
        Duration timeout = Duration.ofSeconds(config.timeoutSeconds());
        String token = Secrets.token(config.tokenEnv(), config.tokenFile(), env, "recovery.webhook");
        return new WebhookExecutor(config, new HttpCall(HttpCall.client("", timeout), token, timeout));
    }

    @Override
    public String name() {
        return config.format().equals("awx") ? "awx" : "webhook";
    }

    @Override
    public Set<RecoveryKind> kinds() {
        return config.handledKinds().isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(config.handledKinds()));
    }

    @Override
    public Outcome execute(ActionRequest request) {
        try {
            return config.format().equals("awx") ? launchJob(request) : post(request);
        } catch (IOException e) {
            return Outcome.failed(name() + " unreachable: " + e.getMessage());
        }
    }

    private Outcome post(ActionRequest request) throws IOException {
        ObjectNode body = JSON.createObjectNode()
                .put("source", "faultline")
                .put("incidentId", request.incidentId())
                .put("component", request.component())
                .put("kind", request.action().kind().name())
                .put("rationale", request.action().rationale())
                .put("risk", request.action().risk())
                .put("actor", request.actor())
                .put("at", DateTimeFormatter.ISO_INSTANT.format(request.at()));
        HttpCall.Response r = http.send("POST", URI.create(config.url()), "application/json", JSON.writeValueAsString(body));
        return r.ok() ? Outcome.succeeded("webhook accepted " + request.action().kind() + " of " + request.component()
                + " (" + r.status() + ")")
                : Outcome.failed("webhook answered " + r.status() + ": " + r.excerpt());
    }

    private Outcome launchJob(ActionRequest request) throws IOException {
        Integer template = config.jobTemplates().get(request.action().kind());
        if (template == null) {
            return Outcome.failed("no AWX job template for " + request.action().kind());
        }
        ObjectNode body = JSON.createObjectNode();
        body.putObject("extra_vars")
                .put("faultline_incident", request.incidentId())
                .put("faultline_component", request.component())
                .put("faultline_kind", request.action().kind().name().toLowerCase(Locale.ROOT))
                .put("faultline_actor", request.actor());
        URI uri = URI.create(config.url().replaceAll("/+$", "") + "/api/v2/job_templates/" + template + "/launch/");
        HttpCall.Response r = http.send("POST", uri, "application/json", JSON.writeValueAsString(body));
        if (!r.ok()) {
            return Outcome.failed("AWX job template " + template + " answered " + r.status() + ": " + r.excerpt());
        }
        JsonNode job = readJob(r.body());
        return Outcome.succeeded("AWX job " + (job.isMissingNode() ? "?" : job.asText()) + " launched from template " + template);
    }

    private static JsonNode readJob(String body) {
        try {
            return JSON.readTree(body).path("job");
        } catch (IOException e) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }
}
