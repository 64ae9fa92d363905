package io.faultline.api.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Prints an incident as the API returns it: suspects with their evidence, and the suggested recovery. */
public final class IncidentReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private IncidentReport() {
    }

    public static String time(long ms) {
        return TIME.format(Instant.ofEpochMilli(ms));
    }

    public static void print(JsonNode incident, int topCauses, PrintStream out) {
        JsonNode anomalies = incident.get("anomalies");
        out.printf(Locale.ROOT, "Incident %s (%s), opened %s: %d anomalies on %d components%n",
                incident.get("id").asText(), incident.get("status").asText().toLowerCase(Locale.ROOT),
                time(incident.get("openedAtMs").asLong()), anomalies.size(), incident.get("affectedComponents").size());
        JsonNode causes = incident.get("causes");
        if (causes.isEmpty()) {
            out.println("  no ranking yet (too little data before the onset)");
            return;
        }
        out.println("Suspected root cause:");
        for (int i = 0; i < Math.min(topCauses, causes.size()); i++) {
            JsonNode c = causes.get(i);
            out.printf(Locale.ROOT, "  %d. %-16s score %7.2f   fault kind %s%n", i + 1, c.get("component").asText(),
                    c.get("score").asDouble(), c.get("faultKind").asText().toLowerCase(Locale.ROOT));
            for (JsonNode e : c.get("evidence")) {
                out.printf(Locale.ROOT, "       %-48s %-4s %8.1f robust z  (%s -> %s) from %s%n", series(e.get("series")),
                        e.get("direction").asText().toLowerCase(Locale.ROOT), e.get("magnitude").asDouble(),
                        number(e.get("baseline").asDouble()), number(e.get("peak").asDouble()), time(e.get("onsetMs").asLong()));
            }
            if (c.get("pathToSymptoms").size() > 1) {
                out.println("       path to symptoms: " + join(c.get("pathToSymptoms")));
            }
        }
        out.println("Suggested recovery:");
        for (JsonNode r : incident.get("recoveries")) {
            out.printf(Locale.ROOT, "  - %s %s (risk %s): %s%n", r.get("kind").asText().toLowerCase(Locale.ROOT).replace('_', ' '),
                    r.get("target").asText(), r.get("risk").asText(), r.get("rationale").asText());
        }
    }

    /** The incident's lifecycle steps, oldest first, as {@code GET /api/v1/incidents/{id}} lists them. */
    public static void printTimeline(JsonNode incident, PrintStream out) {
        out.println("Timeline:");
        for (JsonNode t : incident.get("timeline")) {
            String from = t.get("from").isNull() ? "" : t.get("from").asText().toLowerCase(Locale.ROOT) + " -> ";
            out.printf(Locale.ROOT, "  %s  %-24s %-13s %s%n", time(t.get("atMs").asLong()),
                    from + t.get("to").asText().toLowerCase(Locale.ROOT), t.get("actor").asText(), t.get("cause").asText());
        }
    }

    /** Recovery audit entries, in the order given (the demo passes them oldest first). */
    public static void printAudit(JsonNode entries, PrintStream out) {
        out.println("Recovery audit log:");
        for (JsonNode e : entries) {
            out.printf(Locale.ROOT, "  %s  %-12s %-11s %-13s %s%n", time(e.get("atMs").asLong()), e.get("event").asText(),
                    e.get("outcome").asText(), e.get("actor").asText(), e.get("reason").asText());
        }
    }

    private static String join(JsonNode array) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode n : array) {
            sb.append(sb.length() == 0 ? "" : " -> ").append(n.asText());
        }
        return sb.toString();
    }

    private static String series(JsonNode key) {
        StringBuilder sb = new StringBuilder(key.get("metric").asText()).append('{');
        key.get("labels").fields().forEachRemaining(e -> sb.append(sb.charAt(sb.length() - 1) == '{' ? "" : ",")
                .append(e.getKey()).append("=\"").append(e.getValue().asText()).append('"'));
        return sb.append('}').toString();
    }

    private static String number(double v) {
        return Math.abs(v) >= 1e5 ? String.format(Locale.ROOT, "%.3g", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
