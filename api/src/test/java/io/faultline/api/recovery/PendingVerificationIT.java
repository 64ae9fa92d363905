package io.faultline.api.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.api.config.RecoveryConfig;
import io.faultline.rca.FaultKind;
import io.faultline.rca.Incident;
import io.faultline.rca.IncidentStatus;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RecoveryAction;
import io.faultline.rca.RecoveryKind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifications still due survive a restart: a service executes an action and is closed before it
 * is verified; a new service on the same DuckDB file resumes the verification, which then clears
 * or escalates like one that was never interrupted (except that a lost undo step is not run).
 */
class PendingVerificationIT {
    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    /** Live, anything on checkout, verify within 5 min. */
    private static final RecoveryConfig LIVE = new RecoveryConfig(false, List.of("checkout:*"), 5, 0, 0.0, 300, 30,
            null, null, null);
    private static final Incident INCIDENT = new Incident("inc-1", IncidentStatus.OPEN, 0, 0, 0, List.of(),
            List.of(new RankedCause("checkout", 9.0, FaultKind.CPU, List.of(), List.of("checkout"))),
            List.of(new RecoveryAction(RecoveryKind.SCALE_OUT, "checkout", "more replicas", "low"),
                    new RecoveryAction(RecoveryKind.RESTART, "checkout", "a restart", "medium")));

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(START);
    private final List<String> calls = new ArrayList<>();
    private final List<Escalation> escalations = new ArrayList<>();
    private boolean cleared;

    /** SCALE_OUT is reversible, RESTART is not. */
    private final class Scaler implements Executor {
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
            calls.add(r.action().kind() + " " + r.component());
            if (r.action().kind() == RecoveryKind.RESTART) {
                return Outcome.succeeded("restarted " + r.component());
            }
            return Outcome.reversible("scaled " + r.component() + " to 3", new Outcome.Undo() {
                @Override
                public String description() {
                    return "scale checkout back to 2";
                }

                @Override
                public Outcome run() {
                    calls.add("undo " + r.component());
                    return Outcome.succeeded("scaled back");
                }
            });
        }
    }

    private final class Verified implements Verifier {
        @Override
        public long mark() {
            return 42;
        }

        @Override
        public boolean cleared(String component, long mark) {
            return cleared && mark == 42;
        }
    }

    /** A service with its audit and pending logs on the file, as the server opens them. */
    private final class Server implements AutoCloseable {
        final RecoveryAuditLog audit;
        final PendingVerificationLog pending;
        final RecoveryService service;

        Server(String path) {
            audit = RecoveryAuditLog.open(path);
            pending = PendingVerificationLog.open(path);
            service = new RecoveryService(id -> Optional.of(INCIDENT).filter(i -> i.id().equals(id)),
                    new ExecutorSet(List.of(new Scaler())), audit, pending, new Verified(), LIVE, clock);
            service.addListener(new RecoveryListener() {
                @Override
                public void escalated(Escalation e) {
                    escalations.add(e);
                }
            });
        }

        List<String> trail() {
            List<String> lines = new ArrayList<>();
            for (AuditEntry e : audit.list(null, 100)) {
                lines.add(0, e.event() + " " + e.outcome() + ": " + e.reason());
            }
            return lines;
        }

        @Override
        public void close() {
            try {
                pending.close();
            } finally {
                audit.close();
            }
        }
    }

    private String path() {
        return dir.resolve("data/faultline.duckdb").toString();
    }

    @Test
    void aVerificationDueBeforeARestartClearsAfterIt() {
        long executionId;
        try (Server first = new Server(path())) {
            RecoveryResult r = first.service.recover("inc-1", RecoveryKind.RESTART, false, "oncall");
            executionId = r.execution().id();
            assertEquals(List.of(new PendingVerification(executionId, "inc-1", INCIDENT.recoveries().get(1), "fake", 42,
                    START.toEpochMilli() + 300_000, null)), first.pending.all());
        }
        clock.advance(Duration.ofSeconds(60));
        try (Server second = new Server(path())) {
            assertEquals(1, second.service.stats().awaitingVerification(), "resumed from the file");
            second.service.verifyDue();
            assertEquals(1, second.service.stats().awaitingVerification(), "not cleared yet, deadline not reached");
            cleared = true;
            second.service.verifyDue();
            assertEquals(0, second.service.stats().awaitingVerification());
            assertEquals(1, second.service.stats().verified());
            assertEquals(List.of(), second.pending.all());
            assertEquals(List.of(
                    "DECISION EXECUTE: guard rails passed: running RESTART on checkout with fake",
                    "EXECUTION SUCCEEDED: restarted checkout",
                    "VERIFICATION CLEARED: the anomaly on checkout cleared after the RESTART of checkout"), second.trail());
        }
        try (Server third = new Server(path())) {
            assertEquals(0, third.service.stats().awaitingVerification(), "a decided verification is not resumed again");
        }
        assertEquals(List.of("RESTART checkout"), calls);
        assertEquals(List.of(), escalations);
    }

    @Test
    void aResumedReversibleActionThatDoesNotClearEscalatesSayingItsUndoWasNotRun() {
        try (Server first = new Server(path())) {
            first.service.recover("inc-1", RecoveryKind.SCALE_OUT, false, "oncall");
        }
        clock.advance(Duration.ofSeconds(299));
        try (Server second = new Server(path())) {
            second.service.verifyDue();
            assertEquals(List.of(), escalations, "not before the deadline");
            clock.advance(Duration.ofSeconds(1));
            second.service.verifyDue();
            String reason = "the anomaly on checkout did not clear within 300 s of the SCALE_OUT of checkout"
                    + " (recovery.verifyDeadlineSeconds); the undo (scale checkout back to 2) was not run: it was lost"
                    + " in a restart, undo by hand";
            assertEquals(List.of(new Escalation("inc-1", "checkout", RecoveryKind.SCALE_OUT, "fake",
                    reason + "; escalating to people", false, START.toEpochMilli() + 300_000)), escalations);
            assertEquals(List.of("SCALE_OUT checkout"), calls, "the lost undo step was not run");
            assertEquals(List.of(), second.pending.all());
            assertEquals(new RecoveryService.Stats(java.util.Map.of(), 0, 0, 0, 1, 0, 0), second.service.stats());
        }
    }

    @Test
    void anUndoStillKnownRunsWhenTheSameServiceDecides() {
        try (Server only = new Server(path())) {
            only.service.recover("inc-1", RecoveryKind.SCALE_OUT, false, "oncall");
            clock.advance(Duration.ofSeconds(300));
            only.service.verifyDue();
            assertEquals(List.of("SCALE_OUT checkout", "undo checkout"), calls);
            assertTrue(escalations.get(0).undone());
            assertEquals(List.of(), only.pending.all());
        }
    }
}
