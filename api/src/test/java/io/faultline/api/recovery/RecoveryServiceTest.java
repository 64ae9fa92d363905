package io.faultline.api.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.api.config.RecoveryConfig;
import io.faultline.api.service.NotFoundException;
import io.faultline.ingest.InvalidInputException;
import io.faultline.rca.FaultKind;
import io.faultline.rca.Incident;
import io.faultline.rca.IncidentStatus;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RecoveryAction;
import io.faultline.rca.RecoveryKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole guarded path with a fake executor and verifier, the audit log in an in-memory DuckDB. */
class RecoveryServiceTest {
    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    /** Live, anything on checkout allowed, 2 per hour, 10 min cooldown, verify within 5 min. */
    private static final RecoveryConfig LIVE = new RecoveryConfig(false, List.of("checkout:*"), 2, 600, 0.5, 300, 30,
            null, null, null);

    private final MutableClock clock = new MutableClock(START);
    private final RecoveryAuditLog audit = RecoveryAuditLog.open(":memory:");
    private final FakeExecutor executor = new FakeExecutor();
    private final FakeVerifier verifier = new FakeVerifier();
    private final List<Escalation> escalations = new ArrayList<>();
    private final List<AuditEntry> verified = new ArrayList<>();
    private final Map<String, Incident> incidents = Map.of(
            "inc-1", incident("inc-1", IncidentStatus.OPEN, 9.0),
            "inc-weak", incident("inc-weak", IncidentStatus.OPEN, 1.0),
            "inc-done", incident("inc-done", IncidentStatus.RESOLVED, 9.0));

    /** Runs everything; SCALE_OUT is reversible; {@code fail} makes the next execution fail. */
    private static final class FakeExecutor implements Executor {
        final List<String> calls = new ArrayList<>();
        boolean fail;

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public Set<RecoveryKind> kinds() {
            return Set.of(RecoveryKind.SCALE_OUT, RecoveryKind.RESTART);
        }

        @Override
        public Outcome execute(ActionRequest r) {
            calls.add(r.action().kind() + " " + r.component() + " by " + r.actor());
            if (fail) {
                return Outcome.failed("boom");
            }
            if (r.action().kind() != RecoveryKind.SCALE_OUT) {
                return Outcome.succeeded("restarted " + r.component());
            }
            return Outcome.reversible("scaled " + r.component() + " to 3", new Outcome.Undo() {
                @Override
                public String description() {
                    return "scale back";
                }

                @Override
                public Outcome run() {
                    calls.add("undo " + r.component());
                    return Outcome.succeeded("scaled " + r.component() + " back to 2");
                }
            });
        }
    }

    private static final class FakeVerifier implements Verifier {
        boolean cleared;

        @Override
        public long mark() {
            return 42;
        }

        @Override
        public boolean cleared(String component, long mark) {
            return cleared && mark == 42;
        }
    }

    private static Incident incident(String id, IncidentStatus status, double topScore) {
        List<RankedCause> causes = List.of(new RankedCause("checkout", topScore, FaultKind.CPU, List.of(), List.of("checkout")),
                new RankedCause("payment", 1.0, FaultKind.CPU, List.of(), List.of("payment")));
        List<RecoveryAction> recoveries = List.of(new RecoveryAction(RecoveryKind.SCALE_OUT, "checkout", "more replicas", "low"),
                new RecoveryAction(RecoveryKind.RESTART, "checkout", "a restart", "medium"));
        return new Incident(id, status, 0, 0, 0, List.of(), causes, recoveries);
    }

    private RecoveryService service(RecoveryConfig config) {
        RecoveryService s = new RecoveryService(id -> Optional.ofNullable(incidents.get(id)), new ExecutorSet(List.of(executor)),
                audit, verifier, config, clock);
        s.addListener(new RecoveryListener() {
            @Override
            public void escalated(Escalation e) {
                escalations.add(e);
            }

            @Override
            public void verified(AuditEntry v) {
                verified.add(v);
            }
        });
        return s;
    }

    /** The audit log, oldest first, as "EVENT OUTCOME: reason". */
    private List<String> trail() {
        List<String> lines = new ArrayList<>();
        for (AuditEntry e : audit.list(null, 100)) {
            lines.add(0, e.event() + " " + e.outcome() + ": " + e.reason());
        }
        return lines;
    }

    @AfterEach
    void close() {
        audit.close();
    }

    @Test
    void dryRunDecidesAndAuditsButExecutesNothing() {
        RecoveryResult r = service(LIVE.withDryRun(true)).recover("inc-1", null, false, "oncall");
        assertEquals(List.of(), executor.calls);
        assertEquals(null, r.execution());
        AuditEntry d = r.decision();
        assertEquals(List.of("DRY_RUN", "checkout", RecoveryKind.SCALE_OUT, "oncall", "fake", true, 0.9),
                List.of(d.outcome(), d.component(), d.kind(), d.actor(), d.executor(), d.dryRun(), d.confidence()));
        assertEquals(List.of("DECISION DRY_RUN: dry run (recovery.dryRun): would run SCALE_OUT on checkout with fake"), trail());
        // a dry run may also be asked for when the server acts
        assertEquals("DRY_RUN", service(LIVE).recover("inc-1", RecoveryKind.RESTART, true, "oncall").decision().outcome());
        assertEquals(List.of(), executor.calls);
    }

    @Test
    void aClearedAnomalyIsVerified() {
        RecoveryService s = service(LIVE);
        RecoveryResult r = s.recover("inc-1", RecoveryKind.RESTART, false, "oncall");
        assertEquals(START.toEpochMilli() + 300_000, r.verifyByMs());
        assertEquals(List.of("RESTART checkout by oncall"), executor.calls);
        s.verifyDue();
        assertEquals(1, s.stats().awaitingVerification());
        verifier.cleared = true;
        s.verifyDue();
        assertEquals(List.of(
                "DECISION EXECUTE: guard rails passed: running RESTART on checkout with fake",
                "EXECUTION SUCCEEDED: restarted checkout",
                "VERIFICATION CLEARED: the anomaly on checkout cleared after the RESTART of checkout"), trail());
        assertEquals(1, verified.size());
        assertEquals(List.of(), escalations);
    }

    @Test
    void aFailedVerificationUndoesAndEscalates() {
        RecoveryService s = service(LIVE);
        s.recover("inc-1", null, false, "oncall");
        clock.advance(Duration.ofSeconds(299));
        s.verifyDue();
        assertEquals(List.of(), escalations, "not before the deadline");
        clock.advance(Duration.ofSeconds(1));
        s.verifyDue();
        assertEquals(List.of("SCALE_OUT checkout by oncall", "undo checkout"), executor.calls);
        String reason = "the anomaly on checkout did not clear within 300 s of the SCALE_OUT of checkout (recovery.verifyDeadlineSeconds)";
        assertEquals(List.of(
                "DECISION EXECUTE: guard rails passed: running SCALE_OUT on checkout with fake",
                "EXECUTION SUCCEEDED: scaled checkout to 3",
                "VERIFICATION NOT_CLEARED: " + reason,
                "UNDO SUCCEEDED: scaled checkout back to 2",
                "ESCALATION ESCALATED: " + reason + "; the action was undone; escalating to people"), trail());
        assertEquals(List.of(new Escalation("inc-1", "checkout", RecoveryKind.SCALE_OUT, "fake",
                reason + "; the action was undone; escalating to people", true, START.toEpochMilli() + 300_000)), escalations);
        assertEquals(new RecoveryService.Stats(Map.of(Verdict.EXECUTE, 1L), 1, 0, 0, 1, 1, 0), s.stats());
    }

    @Test
    void aFailedExecutionEscalatesAtOnce() {
        executor.fail = true;
        RecoveryResult r = service(LIVE).recover("inc-1", RecoveryKind.RESTART, false, "oncall");
        assertEquals("FAILED", r.execution().outcome());
        assertEquals(0, r.verifyByMs());
        assertEquals(1, escalations.size());
        assertEquals("the RESTART of checkout failed: boom; escalating to people", escalations.get(0).reason());
    }

    @Test
    void theCooldownThenTheHourlyLimitStopTheNextActions() {
        RecoveryService s = service(new RecoveryConfig(false, List.of("checkout:*"), 2, 600, 0.5, 300, 30, null, null, null));
        s.recover("inc-1", RecoveryKind.RESTART, false, "oncall");
        clock.advance(Duration.ofSeconds(60));
        assertEquals("COOLDOWN", s.recover("inc-1", RecoveryKind.RESTART, false, "oncall").decision().outcome());
        clock.advance(Duration.ofSeconds(540));
        assertEquals("EXECUTE", s.recover("inc-1", RecoveryKind.RESTART, false, "oncall").decision().outcome());
        clock.advance(Duration.ofSeconds(600));
        RecoveryResult third = s.recover("inc-1", RecoveryKind.RESTART, false, "oncall");
        assertEquals("RATE_LIMITED", third.decision().outcome());
        assertEquals("checkout had 2 actions in the last hour; recovery.maxPerComponentPerHour is 2", third.decision().reason());
        assertEquals(2, executor.calls.size());
        clock.advance(Duration.ofSeconds(2400));
        assertEquals("EXECUTE", s.recover("inc-1", RecoveryKind.RESTART, false, "oncall").decision().outcome(),
                "the first action is now an hour old");
    }

    @Test
    void aCooldownLongerThanAnHourReadsLongerHistory() {
        RecoveryService s = service(new RecoveryConfig(false, List.of("checkout:*"), 5, 7200, 0.5, 300, 30, null, null, null));
        s.recover("inc-1", RecoveryKind.RESTART, false, "oncall");
        clock.advance(Duration.ofMinutes(90));
        assertEquals("COOLDOWN", s.recover("inc-1", RecoveryKind.RESTART, false, "oncall").decision().outcome());
    }

    @Test
    void theAllowListAndTheConfidenceStopAndTheAuditSaysWhich() {
        RecoveryService narrow = service(new RecoveryConfig(false, List.of("payment:*"), 2, 600, 0.5, 300, 30, null, null, null));
        assertEquals("NOT_ALLOWED SCALE_OUT on checkout is not in recovery.allowList", line(narrow.recover("inc-1", null, false, "a")));
        assertEquals("LOW_CONFIDENCE confidence 0.50 in checkout is below recovery.minConfidence 0.60", line(service(
                new RecoveryConfig(false, List.of("*:*"), 2, 600, 0.6, 300, 30, null, null, null)).recover("inc-weak", null, false, "a")));
        assertEquals(List.of(), executor.calls);
        assertEquals(2, audit.list(null, 10).size());
    }

    @Test
    void resolvedUnknownAndUnsuggested() {
        RecoveryService s = service(LIVE);
        assertEquals("INCIDENT_RESOLVED incident inc-done is resolved", line(s.recover("inc-done", null, false, "a")));
        assertEquals("no incident with id 'nope'",
                assertThrows(NotFoundException.class, () -> s.recover("nope", null, false, "a")).getMessage());
        assertEquals("kind: ROLL_BACK is not among the suggested recoveries of incident inc-1 [SCALE_OUT, RESTART]",
                assertThrows(InvalidInputException.class, () -> s.recover("inc-1", RecoveryKind.ROLL_BACK, false, "a")).getMessage());
        assertEquals(List.of(), executor.calls);
    }

    private static String line(RecoveryResult r) {
        return r.decision().outcome() + " " + r.decision().reason();
    }
}
