package io.faultline.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.api.config.ConfigException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenFileTest {
    private static final String PUSH = "push-token-0123456789";
    private static final String ONCALL = "oncall-token-0123456789";
    private static final String ADMIN = "admin-token-0123456789";

    private static String hex(String token) {
        return HexFormat.of().formatHex(TokenFile.sha256(token));
    }

    private static List<ApiToken> parse(String yaml, Map<String, String> env) {
        return TokenFile.parse(yaml, "tokens.yaml", env);
    }

    private static String error(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml, Map.of("SET", "x".repeat(20), "SHORT", "abc"))).getMessage();
    }

    @Test
    void digestTokenAndEnvironmentEntries() {
        List<ApiToken> tokens = parse("""
                tokens:
                  - name: prometheus
                    scopes: [ingest]
                    sha256: %s
                  - name: oncall
                    scopes: [READ, act]
                    tokenEnv: ONCALL_TOKEN
                  - name: root
                    scopes: [admin]
                    token: %s
                """.formatted(hex(PUSH).toUpperCase(), ADMIN), Map.of("ONCALL_TOKEN", ONCALL + "\n"));
        assertEquals(List.of("prometheus", "oncall", "root"), tokens.stream().map(ApiToken::name).toList());
        assertEquals(Set.of(Scope.READ, Scope.ACT), tokens.get(1).scopes());

        TokenRegistry registry = TokenRegistry.of(tokens);
        assertEquals("prometheus", registry.authenticate(PUSH).orElseThrow().name());
        assertEquals("oncall", registry.authenticate(ONCALL).orElseThrow().name());
        assertEquals("root", registry.authenticate(ADMIN).orElseThrow().name());
        assertTrue(registry.authenticate(ADMIN + "x").isEmpty());
        assertTrue(registry.authenticate("").isEmpty());
        assertFalse(tokens.get(0).allows(Scope.READ));
        assertTrue(tokens.get(1).allows(Scope.ACT));
        assertFalse(tokens.get(1).allows(Scope.ADMIN));
        assertTrue(tokens.get(2).allows(Scope.INGEST));
        assertEquals("ApiToken[root [ADMIN]]", tokens.get(2).toString());
    }

    @Test
    void badEntriesNameTheFileAndThePlace() {
        assertEquals("tokens.yaml: expected a mapping with one key, 'tokens', holding a list of tokens", error("- name: x\n"));
        assertEquals("tokens.yaml: tokens[0].scopes: unknown scope 'write' (valid: ingest, read, act, admin)",
                error("tokens:\n  - {name: a, scopes: [write], tokenEnv: SET}\n"));
        assertEquals("tokens.yaml: tokens[0].scopes must be a non-empty list of: ingest, read, act, admin",
                error("tokens:\n  - {name: a, scopes: [], tokenEnv: SET}\n"));
        assertEquals("tokens.yaml: tokens[0]: give exactly one of sha256, token, tokenEnv (found 2)",
                error("tokens:\n  - {name: a, scopes: [read], tokenEnv: SET, token: " + ADMIN + "}\n"));
        assertEquals("tokens.yaml: tokens[0]: the token must have at least 16 characters",
                error("tokens:\n  - {name: a, scopes: [read], tokenEnv: SHORT}\n"));
        assertEquals("tokens.yaml: tokens[0].tokenEnv: the environment variable MISSING is not set",
                error("tokens:\n  - {name: a, scopes: [read], tokenEnv: MISSING}\n"));
        assertEquals("tokens.yaml: tokens[0].tokenEnv: 'FAULTLINE_TOKEN' starts with FAULTLINE_, which is reserved for settings;"
                        + " choose another name", error("tokens:\n  - {name: a, scopes: [read], tokenEnv: FAULTLINE_TOKEN}\n"));
        assertEquals("tokens.yaml: tokens[0].sha256 must be 64 hex digits (the SHA-256 of the token)",
                error("tokens:\n  - {name: a, scopes: [read], sha256: abc}\n"));
        assertEquals("tokens.yaml: tokens[0]: unknown key 'scope' (valid: name, scopes, sha256, token, tokenEnv)",
                error("tokens:\n  - {name: a, scope: [read], tokenEnv: SET}\n"));
        assertEquals("tokens.yaml: tokens[1]: the name 'a' is used twice",
                error("tokens:\n  - {name: a, scopes: [read], tokenEnv: SET}\n  - {name: a, scopes: [act], token: " + ADMIN + "}\n"));
        assertEquals("tokens.yaml: tokens[1]: 'b' has the same secret as an earlier token",
                error("tokens:\n  - {name: a, scopes: [read], tokenEnv: SET}\n  - {name: b, scopes: [act], token: " + "x".repeat(20) + "}\n"));
        assertEquals("tokens.yaml: tokens[0]: token name must be 1-64 of A-Z a-z 0-9 . _ @ -, was 'a b'",
                error("tokens:\n  - {name: a b, scopes: [read], tokenEnv: SET}\n"));
    }
}
