package io.faultline.api.config;

import io.faultline.rca.RecoveryKind;
import java.util.List;
import java.util.Map;

/**
 * The HTTP webhook executor, in one of two formats. {@code json}: POST to {@code url} a JSON
 * description of the action, for the kinds in {@code kinds}. {@code awx}: {@code url} is an
 * Ansible AWX (or Tower) base URL and each kind in {@code jobTemplates} launches that job template
 * ({@code POST /api/v2/job_templates/{id}/launch/} with {@code extra_vars}).
 *
 * @param url             target URL (json) or AWX base URL (awx); empty turns the executor off
 * @param format          {@code json} or {@code awx}
 * @param kinds           kinds sent to the URL (json format)
 * @param jobTemplates    job template id per kind (awx format)
 * @param tokenEnv        environment variable holding the bearer token (or empty)
 * @param tokenFile       file holding the bearer token (or empty)
 * @param timeoutSeconds  per call
 */
public record WebhookExecutorConfig(String url, String format, List<RecoveryKind> kinds,
        Map<RecoveryKind, Integer> jobTemplates, String tokenEnv, String tokenFile, long timeoutSeconds) {

    public static final WebhookExecutorConfig DEFAULTS = new WebhookExecutorConfig("", "json", List.of(), Map.of(), "", "", 10);

    public WebhookExecutorConfig {
        url = url == null ? "" : url.strip();
        format = format == null ? "json" : format.strip();
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        (jobTemplates == null ? Map.<RecoveryKind, Integer>of() : jobTemplates).forEach((kind, id) -> {
            if (id == null || id < 1) {
                throw new IllegalArgumentException("recovery.webhook.jobTemplates." + kind + " must be >= 1, was " + id);
            }
        });
        jobTemplates = jobTemplates == null ? Map.of() : Map.copyOf(jobTemplates);
        tokenEnv = tokenEnv == null ? "" : tokenEnv.strip();
        tokenFile = tokenFile == null ? "" : tokenFile.strip();
        if (!format.equals("json") && !format.equals("awx")) {
            throw new IllegalArgumentException("recovery.webhook.format must be json or awx, was '" + format + "'");
        }
        if (!url.isEmpty() && !url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("recovery.webhook.url must start with http:// or https://, was '" + url + "'");
        }
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("recovery.webhook.timeoutSeconds must be >= 1, was " + timeoutSeconds);
        }
    }

    public boolean enabled() {
        return !url.isEmpty();
    }

    /** The kinds this executor runs in its format. */
    public List<RecoveryKind> handledKinds() {
        return format.equals("awx") ? jobTemplates.keySet().stream().sorted().toList() : kinds;
    }
}
