package io.faultline.api.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.api.recovery.RecoveryResult;
import io.faultline.api.recovery.RecoveryService;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The demo's {@code --auto-recover}: what an on-call automation would do. After each request it asks
 * the recovery service to run the first suggested recovery of every unresolved incident opened from
 * {@code fromMs} on, through the guard rails and the audit log, until one action has run for the
 * incident; and it lets pending verifications be checked at once rather than on the server's timer.
 */
final class AutoRecovery {
    /** The actor the audit log and the timeline record for the demo's actions. */
    static final String ACTOR = "auto-recover";

    private final RecoveryService recoveries;
    private final DemoClient client;
    private final long fromMs;
    private final PrintStream out;
    private final Set<String> acted = new HashSet<>();
    private final Map<String, String> lastRefusal = new HashMap<>();

    AutoRecovery(RecoveryService recoveries, DemoClient client, long fromMs, PrintStream out) {
        this.recoveries = recoveries;
        this.client = client;
        this.fromMs = fromMs;
        this.out = out;
    }

    /** One round, after the data up to {@code dataTimeMs} was sent. */
    void step(long dataTimeMs) {
        recoveries.verifyDue();
        for (JsonNode incident : client.get("/api/v1/incidents")) {
            String id = incident.get("id").asText();
            if (acted.contains(id) || incident.get("openedAtMs").asLong() < fromMs
                    || "RESOLVED".equals(incident.get("status").asText()) || incident.get("recoveries").isEmpty()) {
                continue;
            }
            RecoveryResult r = recoveries.recover(id, null, false, ACTOR);
            if (r.execution() != null) {
                acted.add(id);
                out.printf(Locale.ROOT, "%s  auto-recover: %s %s on incident %s -> %s%n", IncidentReport.time(dataTimeMs),
                        r.execution().kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), r.execution().component(), id,
                        r.execution().reason());
            } else if (!r.decision().outcome().equals(lastRefusal.put(id, r.decision().outcome()))) {
                out.printf(Locale.ROOT, "%s  auto-recover: not yet (%s): %s%n", IncidentReport.time(dataTimeMs),
                        r.decision().outcome(), r.decision().reason());
            }
        }
    }

    /** Whether an action ran for some incident. */
    boolean acted() {
        return !acted.isEmpty();
    }
}
