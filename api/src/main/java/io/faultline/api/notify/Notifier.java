package io.faultline.api.notify;

import java.net.http.HttpRequest;
import java.util.Optional;

/** One target's wire format: turns a notification into the exact HTTP request the vendor documents. */
public interface Notifier {

    /** The configured name, used in counters and logs. */
    String name();

    /** The type as written in the configuration, e.g. {@code slack}. */
    String type();

    /**
     * The request announcing {@code n}, or empty when this target has nothing to say about that
     * state (e.g. Slack is not told about {@code mitigating}).
     */
    Optional<HttpRequest> request(IncidentNotification n);

    /**
     * How often a firing incident must be sent again, in ms; 0 when the target keeps state itself.
     * Alertmanager forgets alerts its clients stop re-sending.
     */
    default long resendIntervalMs() {
        return 0;
    }
}
