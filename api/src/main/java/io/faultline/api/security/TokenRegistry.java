package io.faultline.api.security;

import io.faultline.api.config.ConfigException;
import io.faultline.api.config.SecurityConfig;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The known API tokens, or none at all when access control is off. Finding the token a request
 * presents hashes it and compares it with every stored digest using
 * {@link MessageDigest#isEqual}, without stopping at a match, so the time taken says nothing about
 * which token (or how much of one) matched.
 */
public final class TokenRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(TokenRegistry.class);

    private final List<ApiToken> tokens;
    private final boolean enabled;

    private TokenRegistry(List<ApiToken> tokens, boolean enabled) {
        this.tokens = List.copyOf(tokens);
        this.enabled = enabled;
    }

    /** Access control on, with these tokens. */
    public static TokenRegistry of(List<ApiToken> tokens) {
        return new TokenRegistry(tokens, true);
    }

    /** Access control off: every request passes, as actor {@code anonymous}. */
    public static TokenRegistry disabled() {
        return new TokenRegistry(List.of(), false);
    }

    /**
     * From the {@code security} settings: the tokens file when one is named (an empty one is an
     * error when {@code authRequired}), otherwise access control off with one warning.
     */
    public static TokenRegistry fromConfig(SecurityConfig config, Map<String, String> env) {
        if (!config.enabled()) {
            LOG.warn("access control is OFF: no security.tokensFile is configured, so every request is allowed;"
                    + " configure API tokens before exposing this server");
            return disabled();
        }
        List<ApiToken> tokens = TokenFile.load(Path.of(config.tokensFile()), env);
        if (tokens.isEmpty()) {
            if (config.authRequired()) {
                throw new ConfigException("tokens file " + config.tokensFile() + " holds no tokens but security.authRequired is true");
            }
            LOG.warn("tokens file {} holds no tokens: every route but the health probes will answer 401", config.tokensFile());
        }
        LOG.info("access control on: {} API token(s) loaded", tokens.size());
        return of(tokens);
    }

    public boolean enabled() {
        return enabled;
    }

    /** The token whose secret is {@code presented}, if any. */
    public Optional<ApiToken> authenticate(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] digest = TokenFile.sha256(presented);
        ApiToken found = null;
        for (ApiToken token : tokens) {
            if (MessageDigest.isEqual(digest, token.sha256()) && found == null) {
                found = token;
            }
        }
        return Optional.ofNullable(found);
    }

    public int size() {
        return tokens.size();
    }
}
