package io.faultline.api.recovery;

import io.faultline.api.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads an executor's token from an environment variable or a file, so it never sits in the
 * configuration. At most one of the two may be named; neither means no token.
 */
final class Secrets {
    private Secrets() {
    }

    static String token(String tokenEnv, String tokenFile, Map<String, String> env, String setting) {
        if (!tokenEnv.isEmpty() && !tokenFile.isEmpty()) {
            throw new ConfigException(setting + ": name tokenEnv or tokenFile, not both");
        }
        if (!tokenEnv.isEmpty()) {
            String value = env.get(tokenEnv);
            if (value == null || value.isBlank()) {
                throw new ConfigException(setting + ".tokenEnv: the environment variable " + tokenEnv + " is not set");
            }
            return value.strip();
        }
        if (!tokenFile.isEmpty()) {
            try {
                return Files.readString(Path.of(tokenFile)).strip();
            } catch (IOException e) {
                throw new ConfigException(setting + ".tokenFile: cannot read " + tokenFile + ": " + e.getMessage(), e);
            }
        }
        return "";
    }
}
