package io.faultline.api.config;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * One notification target. Secrets (the webhook signing key, the PagerDuty routing key) and URLs
 * that embed one (a Slack incoming webhook) are never written here: name an environment variable
 * ({@code secretEnv}, {@code urlEnv}) or a file ({@code secretFile}) holding them instead.
 *
 * @param name       how counters and logs name this target; defaults to the type
 * @param type       {@code alertmanager}, {@code webhook}, {@code slack} or {@code pagerduty}
 * @param url        Alertmanager's base URL, the webhook URL, the Slack webhook URL, or the
 *                   PagerDuty Events API base (default {@code https://events.pagerduty.com})
 * @param urlEnv     environment variable holding the URL instead of {@code url}
 * @param secretEnv  environment variable holding the secret (webhook signing key, PagerDuty routing key)
 * @param secretFile file holding the secret (surrounding whitespace is ignored)
 */
public record NotifierConfig(String name, String type, String url, String urlEnv, String secretEnv, String secretFile) {

    /** The notifier types, as written in {@code type}. */
    public static final List<String> TYPES = List.of("alertmanager", "webhook", "slack", "pagerduty");

    public NotifierConfig {
        type = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        name = name == null || name.isBlank() ? type : name.strip();
        url = blankToNull(url);
        urlEnv = blankToNull(urlEnv);
        secretEnv = blankToNull(secretEnv);
        secretFile = blankToNull(secretFile);
    }

    /** Whether this type signs or authenticates with a secret it cannot work without. */
    public boolean needsSecret() {
        return type.equals("webhook") || type.equals("pagerduty");
    }

    /**
     * Checks what can be checked without the environment; {@code where} is this entry's path,
     * e.g. {@code notifications.notifiers[1]}, and starts every message.
     */
    void validate(String where) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException(where + ".type must be one of " + String.join(", ", TYPES)
                    + ", was '" + type + "'");
        }
        if (url != null && urlEnv != null) {
            throw new IllegalArgumentException(where + ": set url or urlEnv, not both");
        }
        if (url == null && urlEnv == null && !type.equals("pagerduty")) {
            throw new IllegalArgumentException(where + ".url (or urlEnv) is required for type " + type);
        }
        if (url != null) {
            checkUrl(where + ".url", url);
        }
        if (secretEnv != null && secretFile != null) {
            throw new IllegalArgumentException(where + ": set secretEnv or secretFile, not both");
        }
        if (needsSecret() && secretEnv == null && secretFile == null) {
            throw new IllegalArgumentException(where + ".secretEnv or " + where + ".secretFile is required for type " + type
                    + (type.equals("pagerduty") ? " (the integration's routing key)" : " (the HMAC signing key)"));
        }
        for (String[] env : new String[][] {{"urlEnv", urlEnv}, {"secretEnv", secretEnv}}) {
            if (env[1] != null && env[1].startsWith("FAULTLINE_")) {
                throw new IllegalArgumentException(where + "." + env[0] + " must not start with FAULTLINE_ (such variables"
                        + " are settings), was '" + env[1] + "'");
            }
        }
    }

    /** Rejects anything but an absolute http(s) URL with a host; {@code field} names the setting. */
    public static void checkUrl(String field, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(field + " must be an absolute http or https URL, was '" + url + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
