package io.faultline.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.rca.RecoveryKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryAndSecurityConfigTest {
    @TempDir
    Path dir;

    private FaultlineConfig load(String yaml, Map<String, String> env) throws IOException {
        Path f = dir.resolve("faultline.yaml");
        Files.writeString(f, yaml);
        return ConfigLoader.load(f, env);
    }

    private String error(String yaml) {
        return assertThrows(ConfigException.class, () -> load(yaml, Map.of())).getMessage();
    }

    @Test
    void safeDefaults() {
        FaultlineConfig c = FaultlineConfig.defaults();
        assertEquals(new SecurityConfig("", false), c.security());
        assertTrue(c.recovery().dryRun());
        assertEquals(List.of(), c.recovery().allowList());
        assertTrue(!c.recovery().kubernetes().enabled() && !c.recovery().webhook().enabled() && !c.recovery().command().enabled());
    }

    @Test
    void aFullRecoverySectionWithEnvironmentOverrides() throws IOException {
        FaultlineConfig c = load("""
                security:
                  tokensFile: /etc/faultline/tokens.yaml
                recovery:
                  allowList: ["checkout:RESTART", "*:SCALE_OUT"]
                  cooldownSeconds: 900
                  kubernetes:
                    baseUrl: https://kubernetes.default.svc
                    namespace: shop
                    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token
                  webhook:
                    url: https://awx.example.com
                    format: awx
                    jobTemplates: {ROLL_BACK: 12}
                    tokenEnv: AWX_TOKEN
                  command:
                    commands:
                      DRAIN: [/usr/local/bin/drain, "{component}"]
                """, Map.of("FAULTLINE_RECOVERY_DRY_RUN", "false", "FAULTLINE_SECURITY_AUTH_REQUIRED", "true"));
        assertEquals(new SecurityConfig("/etc/faultline/tokens.yaml", true), c.security());
        RecoveryConfig r = c.recovery();
        assertEquals(false, r.dryRun());
        assertEquals(List.of("checkout:RESTART", "*:SCALE_OUT"), r.allowList());
        assertEquals(900, r.cooldownSeconds());
        assertEquals(3, r.maxPerComponentPerHour());
        assertEquals("shop", r.kubernetes().namespace());
        assertEquals(List.of(RecoveryKind.RESTART, RecoveryKind.SCALE_OUT), r.kubernetes().kinds());
        assertEquals(List.of(RecoveryKind.ROLL_BACK), r.webhook().handledKinds());
        assertEquals(List.of("/usr/local/bin/drain", "{component}"), r.command().commands().get(RecoveryKind.DRAIN));
    }

    @Test
    void badSettingsNameTheField() {
        assertEquals("config faultline.yaml: recovery.allowList[1] must be component:KIND (e.g. checkout:RESTART or *:SCALE_OUT), was 'checkout'",
                error("recovery:\n  allowList: ['*:RESTART', checkout]\n"));
        assertEquals("config faultline.yaml: recovery.allowList[0]: unknown recovery kind 'REBOOT' (valid: *, RESTART, SCALE_OUT,"
                + " ROLL_BACK, FAIL_OVER, RATE_LIMIT, DRAIN, INVESTIGATE)", error("recovery:\n  allowList: ['a:REBOOT']\n"));
        assertEquals("config faultline.yaml: security.authRequired is true but security.tokensFile is empty;"
                + " name a tokens file (or set FAULTLINE_SECURITY_TOKENS_FILE)", error("security:\n  authRequired: true\n"));
        assertEquals("config faultline.yaml: recovery.minConfidence must be in [0, 1], was 1.5", error("recovery:\n  minConfidence: 1.5\n"));
        assertEquals("config faultline.yaml: recovery.kubernetes.kinds: ROLL_BACK is not supported (valid: RESTART, SCALE_OUT)",
                error("recovery:\n  kubernetes:\n    kinds: [ROLL_BACK]\n"));
        assertTrue(error("recovery:\n  kubernetes:\n    bseUrl: x\n").startsWith(
                "config faultline.yaml: unknown setting 'recovery.kubernetes.bseUrl'"), error("recovery:\n  kubernetes:\n    bseUrl: x\n"));
    }
}
