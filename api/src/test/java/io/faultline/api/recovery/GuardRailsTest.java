package io.faultline.api.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.faultline.api.config.RecoveryConfig;
import io.faultline.rca.RecoveryKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each guard rail alone stops an action, and the reason names the setting. */
class GuardRailsTest {
    private static final long NOW = Instant.parse("2026-11-23T10:00:00Z").toEpochMilli();
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);
    /** Live (no dry run), restart of checkout allowed, 2 per hour, 10 min cooldown, confidence 0.6. */
    private static final RecoveryConfig LIVE = new RecoveryConfig(false, List.of("checkout:RESTART", "*:SCALE_OUT"),
            2, 600, 0.6, 300, 30, null, null, null);
    private static final GuardRails RAILS = new GuardRails(LIVE, CLOCK);

    private static Proposal restart(double confidence) {
        return new Proposal("checkout", RecoveryKind.RESTART, confidence, false, "kubernetes");
    }

    @Test
    void allPassedExecutes() {
        assertEquals(new Decision(Verdict.EXECUTE, "guard rails passed: running RESTART on checkout with kubernetes"),
                RAILS.decide(restart(0.9), List.of()));
    }

    @Test
    void dryRunByConfigOrRequestExecutesNothing() {
        assertEquals(new Decision(Verdict.DRY_RUN, "dry run (recovery.dryRun): would run RESTART on checkout with kubernetes"),
                new GuardRails(LIVE.withDryRun(true), CLOCK).decide(restart(0.9), List.of()));
        assertEquals(new Decision(Verdict.DRY_RUN, "dry run (requested): would run RESTART on checkout with kubernetes"),
                RAILS.decide(new Proposal("checkout", RecoveryKind.RESTART, 0.9, true, "kubernetes"), List.of()));
        // the defaults: dry run with an empty allow-list, so a dry run reports what would be refused
        assertEquals(new Decision(Verdict.NOT_ALLOWED, "RESTART on checkout is not in recovery.allowList"),
                new GuardRails(RecoveryConfig.DEFAULTS, CLOCK).decide(restart(0.9), List.of()));
    }

    @Test
    void theAllowListStops() {
        assertEquals(new Decision(Verdict.NOT_ALLOWED, "RESTART on payment is not in recovery.allowList"),
                RAILS.decide(new Proposal("payment", RecoveryKind.RESTART, 0.9, false, "kubernetes"), List.of()));
        assertEquals(Verdict.EXECUTE, RAILS.decide(new Proposal("payment", RecoveryKind.SCALE_OUT, 0.9, false, "kubernetes"),
                List.of()).verdict(), "*:SCALE_OUT allows any component");
    }

    @Test
    void theConfidenceThresholdStops() {
        assertEquals(new Decision(Verdict.LOW_CONFIDENCE, "confidence 0.59 in checkout is below recovery.minConfidence 0.60"),
                RAILS.decide(restart(0.59), List.of()));
        assertEquals(Verdict.EXECUTE, RAILS.decide(restart(0.6), List.of()).verdict());
    }

    @Test
    void theCooldownStops() {
        assertEquals(new Decision(Verdict.COOLDOWN, "the last action on checkout was 599 s ago; recovery.cooldownSeconds is 600"),
                RAILS.decide(restart(0.9), List.of(NOW - 599_000)));
        assertEquals(Verdict.EXECUTE, RAILS.decide(restart(0.9), List.of(NOW - 600_000)).verdict());
    }

    @Test
    void theHourlyLimitStops() {
        List<Long> twoInTheHour = List.of(NOW - 3_599_000, NOW - 1_800_000);
        assertEquals(new Decision(Verdict.RATE_LIMITED, "checkout had 2 actions in the last hour; recovery.maxPerComponentPerHour is 2"),
                RAILS.decide(restart(0.9), twoInTheHour));
        assertEquals(Verdict.EXECUTE, RAILS.decide(restart(0.9), List.of(NOW - 3_600_000, NOW - 1_800_000)).verdict(),
                "an action an hour old no longer counts");
    }

    @Test
    void aCooldownLongerThanAnHourStillHolds() {
        GuardRails rails = new GuardRails(new RecoveryConfig(false, List.of("*:*"), 5, 7200, 0, 300, 30, null, null, null), CLOCK);
        assertEquals(Verdict.COOLDOWN, rails.decide(restart(0.9), List.of(NOW - 5_400_000)).verdict());
    }

    @Test
    void noExecutorStopsFirst() {
        assertEquals(new Decision(Verdict.NO_EXECUTOR,
                        "no executor is configured for INVESTIGATE (recovery.kubernetes, recovery.webhook or recovery.command)"),
                RAILS.decide(new Proposal("checkout", RecoveryKind.INVESTIGATE, 0.1, false, null), List.of()));
    }
}
