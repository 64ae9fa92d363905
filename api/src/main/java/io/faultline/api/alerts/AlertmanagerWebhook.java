package io.faultline.api.alerts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * The body Alertmanager posts to a webhook receiver, payload version 4. Fields Faultline does not
 * use ({@code groupLabels}, {@code commonLabels}, {@code externalURL}, ...) and any a later
 * Alertmanager adds are ignored rather than rejected: a receiver must not break when its sender
 * grows. Validation happens in {@link AlertIntakeService}, which names the offending field.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertmanagerWebhook(
        String version,
        String groupKey,
        String status,
        String receiver,
        List<Alert> alerts) {

    /** One alert of the group. Times are RFC 3339; a firing alert's {@code endsAt} is zero or in the future. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alert(
            String status,
            Map<String, String> labels,
            Map<String, String> annotations,
            String startsAt,
            String endsAt,
            String generatorURL,
            String fingerprint) {
    }
}
