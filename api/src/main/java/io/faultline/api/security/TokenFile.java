package io.faultline.api.security;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.faultline.api.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the tokens file:
 * <pre>
 * tokens:
 *   - name: prometheus-push
 *     scopes: [ingest]
 *     sha256: 5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8
 *   - name: oncall
 *     scopes: [read, act]
 *     tokenEnv: ONCALL_TOKEN
 * </pre>
 * Each entry gives exactly one of {@code sha256} (hex digest of the token), {@code token} (the token
 * itself, at least 16 characters) or {@code tokenEnv} (an environment variable holding it). Errors
 * name the file and the entry ({@code tokens[1].scopes}) but never a secret.
 */
public final class TokenFile {
    static final int MIN_TOKEN_LENGTH = 16;
    private static final ObjectMapper YAML = YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> KEYS = Set.of("name", "scopes", "sha256", "token", "tokenEnv");

    private TokenFile() {
    }

    /** The tokens of {@code file}; {@code env} resolves {@code tokenEnv} entries. */
    public static List<ApiToken> load(Path file, Map<String, String> env) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("tokens file " + file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(text, "tokens file " + file, env);
    }

    static List<ApiToken> parse(String text, String source, Map<String, String> env) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ConfigException(source + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
        JsonNode list = root == null ? null : root.get("tokens");
        if (root == null || !root.isObject() || root.size() != 1 || list == null || !list.isArray()) {
            throw new ConfigException(source + ": expected a mapping with one key, 'tokens', holding a list of tokens");
        }
        List<ApiToken> tokens = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> digests = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = source + ": tokens[" + i + "]";
            ApiToken token = entry(list.get(i), at, env);
            if (!names.add(token.name())) {
                throw new ConfigException(at + ": the name '" + token.name() + "' is used twice");
            }
            if (!digests.add(HexFormat.of().formatHex(token.sha256()))) {
                throw new ConfigException(at + ": '" + token.name() + "' has the same secret as an earlier token");
            }
            tokens.add(token);
        }
        return List.copyOf(tokens);
    }

    private static ApiToken entry(JsonNode node, String at, Map<String, String> env) {
        if (!node.isObject()) {
            throw new ConfigException(at + " must be a mapping with name, scopes and one of sha256, token, tokenEnv");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new ConfigException(at + ": unknown key '" + key + "' (valid: name, scopes, sha256, token, tokenEnv)");
            }
        }
        String name = text(node, "name", at);
        if (name == null) {
            throw new ConfigException(at + ".name is required");
        }
        try {
            return new ApiToken(name, scopes(node.get("scopes"), at + ".scopes"), digest(node, at, env));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(at + ": " + e.getMessage());
        }
    }

    private static Set<Scope> scopes(JsonNode node, String at) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new ConfigException(at + " must be a non-empty list of: ingest, read, act, admin");
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (JsonNode s : node) {
            try {
                scopes.add(Scope.valueOf(s.asText().strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(at + ": unknown scope '" + s.asText() + "' (valid: ingest, read, act, admin)");
            }
        }
        return scopes;
    }

    private static byte[] digest(JsonNode node, String at, Map<String, String> env) {
        String sha = text(node, "sha256", at);
        String token = text(node, "token", at);
        String tokenEnv = text(node, "tokenEnv", at);
        int given = (sha == null ? 0 : 1) + (token == null ? 0 : 1) + (tokenEnv == null ? 0 : 1);
        if (given != 1) {
            throw new ConfigException(at + ": give exactly one of sha256, token, tokenEnv (found " + given + ")");
        }
        if (sha != null) {
            if (!sha.matches("[0-9a-fA-F]{64}")) {
                throw new ConfigException(at + ".sha256 must be 64 hex digits (the SHA-256 of the token)");
            }
            return HexFormat.of().parseHex(sha.toLowerCase(Locale.ROOT));
        }
        if (tokenEnv != null) {
            if (tokenEnv.startsWith("FAULTLINE_")) {
                throw new ConfigException(at + ".tokenEnv: '" + tokenEnv
                        + "' starts with FAULTLINE_, which is reserved for settings; choose another name");
            }
            token = env.get(tokenEnv);
            if (token == null || token.isBlank()) {
                throw new ConfigException(at + ".tokenEnv: the environment variable " + tokenEnv + " is not set");
            }
            token = token.strip();
        }
        if (token.length() < MIN_TOKEN_LENGTH) {
            throw new ConfigException(at + ": the token must have at least " + MIN_TOKEN_LENGTH + " characters");
        }
        return sha256(token);
    }

    private static String text(JsonNode node, String key, String at) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode() || v.asText().isBlank()) {
            throw new ConfigException(at + "." + key + " must be a non-empty string");
        }
        return v.asText().strip();
    }

    /** SHA-256 of the token's UTF-8 bytes. */
    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
