package io.faultline.api.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * One API token as the server keeps it: its name (the actor recorded for what it does), its
 * scopes, and the SHA-256 digest of the secret; the secret itself is never kept.
 */
public record ApiToken(String name, Set<Scope> scopes, byte[] sha256) {
    static final int DIGEST_BYTES = 32;

    public ApiToken {
        if (name == null || !name.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new IllegalArgumentException("token name must be 1-64 of A-Z a-z 0-9 . _ @ -, was '" + name + "'");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new IllegalArgumentException("token '" + name + "' needs at least one scope");
        }
        if (sha256 == null || sha256.length != DIGEST_BYTES) {
            throw new IllegalArgumentException("token '" + name + "' needs a 32-byte SHA-256 digest");
        }
        scopes = Set.copyOf(EnumSet.copyOf(scopes));
        sha256 = sha256.clone();
    }

    /** Whether this token may use a route that needs {@code scope}; ADMIN may use every route. */
    public boolean allows(Scope scope) {
        return scopes.contains(Scope.ADMIN) || scopes.contains(scope);
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiToken t && name.equals(t.name) && scopes.equals(t.scopes) && Arrays.equals(sha256, t.sha256);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** Name and scopes only: the digest stays out of logs. */
    @Override
    public String toString() {
        return "ApiToken[" + name + " " + scopes + "]";
    }
}
