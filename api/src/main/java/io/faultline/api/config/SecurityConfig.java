package io.faultline.api.config;

/**
 * Access control. Tokens live in their own file (never in this config, never in code); see the
 * README's security section for its format.
 *
 * @param tokensFile    YAML file of API tokens (name, scopes, and the token, its SHA-256 digest or
 *                      the environment variable holding it); empty for none
 * @param authRequired  when true, a missing or empty tokens file stops startup; when false and no
 *                      file is named, every request is let through (one warning at startup) so a
 *                      local demo works without setup
 */
public record SecurityConfig(String tokensFile, boolean authRequired) {
    public static final SecurityConfig DEFAULTS = new SecurityConfig("", false);

    public SecurityConfig {
        tokensFile = tokensFile == null ? "" : tokensFile.strip();
        if (authRequired && tokensFile.isEmpty()) {
            throw new IllegalArgumentException("security.authRequired is true but security.tokensFile is empty;"
                    + " name a tokens file (or set FAULTLINE_SECURITY_TOKENS_FILE)");
        }
    }

    /** Whether a tokens file is configured, which turns access control on. */
    public boolean enabled() {
        return !tokensFile.isEmpty();
    }
}
