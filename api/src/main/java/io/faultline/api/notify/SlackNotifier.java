package io.faultline.api.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * Posts to a Slack incoming webhook (or anything speaking its format, e.g. Mattermost): a plain
 * {@code text} fallback for notifications, and Block Kit {@code blocks} (a header, the summary
 * with component, fault kind, severity and state as fields, the causes and recovery, and a link).
 * User text is escaped as Slack's mrkdwn requires ({@code &}, {@code <}, {@code >}).
 */
public final class SlackNotifier implements Notifier {
    /** Slack cuts a header block's text at 150 characters. */
    private static final int HEADER_MAX = 150;

    private final String name;
    private final URI url;
    private final Duration timeout;

    public SlackNotifier(String name, String url, Duration timeout) {
        this.name = name;
        this.url = URI.create(url);
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return "slack";
    }

    @Override
    public Optional<HttpRequest> request(IncidentNotification n) {
        return Optional.of(Requests.jsonPost(url, timeout, Requests.bytes(body(n))).build());
    }

    static ObjectNode body(IncidentNotification n) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("text", "[" + n.stateName().toUpperCase(java.util.Locale.ROOT) + "] " + escape(n.summary()));
        ArrayNode blocks = root.putArray("blocks");

        String header = "Faultline incident " + n.incidentId() + " is " + n.stateName();
        blocks.addObject().put("type", "header").set("text", text("plain_text",
                header.length() > HEADER_MAX ? header.substring(0, HEADER_MAX) : header));

        ObjectNode summary = blocks.addObject().put("type", "section");
        summary.set("text", text("mrkdwn", escape(n.summary())));
        ArrayNode fields = summary.putArray("fields");
        fields.add(text("mrkdwn", "*Component*\n" + escape(n.component())));
        fields.add(text("mrkdwn", "*Fault kind*\n" + escape(n.faultKind())));
        fields.add(text("mrkdwn", "*Severity*\n" + n.severity()));
        fields.add(text("mrkdwn", "*State*\n" + n.stateName()));

        StringBuilder details = new StringBuilder("*Top causes*");
        if (n.topCauses().isEmpty()) {
            details.append("\nnot diagnosed yet");
        }
        n.topCauses().forEach(c -> details.append("\n• ").append(escape(c)));
        if (!n.suggestedRecovery().isEmpty()) {
            details.append("\n*Suggested recovery*\n").append(escape(n.suggestedRecovery()));
        }
        blocks.addObject().put("type", "section").set("text", text("mrkdwn", details.toString()));

        ObjectNode context = blocks.addObject().put("type", "context");
        context.putArray("elements").add(text("mrkdwn", "<" + n.link() + "|Open " + n.incidentId() + " in Faultline>"));
        return root;
    }

    private static ObjectNode text(String type, String text) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", type);
        node.put("text", text);
        return node;
    }

    /** Slack's mrkdwn control characters, escaped as its documentation asks. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
