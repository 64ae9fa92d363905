package io.faultline.api.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.api.config.CommandExecutorConfig;
import io.faultline.rca.RecoveryAction;
import io.faultline.rca.RecoveryKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs real local programs (coreutils), so it needs /bin/echo, /bin/false and /bin/sleep. */
class CommandExecutorTest {
    private static final CommandExecutor EXECUTOR = new CommandExecutor(new CommandExecutorConfig(Map.of(
            RecoveryKind.RESTART, List.of("/bin/echo", "restart", "{component}", "for", "{incident}"),
            RecoveryKind.DRAIN, List.of("/bin/false"),
            RecoveryKind.RATE_LIMIT, List.of("/bin/sleep", "5")), 1));

    private static ActionRequest request(RecoveryKind kind, String component) {
        return new ActionRequest("inc-3", new RecoveryAction(kind, component, "why", "low"), "oncall",
                Instant.parse("2026-11-23T09:00:00Z"));
    }

    @Test
    void anAllowListedCommandRunsWithTheArgumentsFilledIn() {
        assertEquals(Outcome.succeeded("/bin/echo restart checkout for inc-3 exited with 0: restart checkout for inc-3"),
                EXECUTOR.execute(request(RecoveryKind.RESTART, "checkout")));
    }

    @Test
    void aKindWithoutACommandIsRefused() {
        assertEquals(Outcome.failed("no allow-listed command for SCALE_OUT"), EXECUTOR.execute(request(RecoveryKind.SCALE_OUT, "checkout")));
    }

    @Test
    void aNonZeroExitCodeFails() {
        assertEquals(Outcome.failed("/bin/false exited with 1"), EXECUTOR.execute(request(RecoveryKind.DRAIN, "checkout")));
    }

    @Test
    void aCommandPastItsTimeoutIsKilled() {
        Outcome o = EXECUTOR.execute(request(RecoveryKind.RATE_LIMIT, "checkout"));
        assertEquals(Outcome.failed("/bin/sleep 5 did not finish within 1 s and was killed"), o);
    }

    @Test
    void aComponentThatCouldPassForAnOptionIsRefused() {
        Outcome o = EXECUTOR.execute(request(RecoveryKind.RESTART, "--help"));
        assertFalse(o.succeeded());
        assertTrue(o.detail().startsWith("refusing to pass '--help' / 'inc-3' to a command"), o.detail());
    }

    @Test
    void onlyAbsoluteProgramsMayBeConfigured() {
        assertEquals("recovery.command.commands.RESTART must be a list whose first element is an absolute program path, was [echo, x]",
                assertThrows(IllegalArgumentException.class, () -> new CommandExecutorConfig(
                        Map.of(RecoveryKind.RESTART, List.of("echo", "x")), 5)).getMessage());
    }
}
