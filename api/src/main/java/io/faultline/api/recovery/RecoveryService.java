package io.faultline.api.recovery;

import io.faultline.api.config.RecoveryConfig;
import io.faultline.api.service.NotFoundException;
import io.faultline.ingest.InvalidInputException;
import io.faultline.rca.Incident;
import io.faultline.rca.IncidentStatus;
import io.faultline.rca.RecoveryAction;
import io.faultline.rca.RecoveryKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an incident's suggested recovery through the guard rails: decide ({@link GuardRails}),
 * audit the decision, execute when allowed, audit the outcome, then watch for the anomaly to clear
 * until {@code recovery.verifyDeadlineSeconds}; if it does not (or the execution failed), undo a
 * reversible action and escalate to the {@link RecoveryListener}s. Every step is in the audit log
 * before listeners hear of it. Verifications still due are saved ({@link PendingVerificationLog})
 * and resumed by the next service on the same file, e.g. after a restart; an undo step cannot be
 * saved, so a resumed verification that fails escalates saying the undo was not run. Requests and
 * verification are serialised, so two requests cannot both slip under a rate limit; an executor
 * call blocks others for at most its timeout.
 */
public final class RecoveryService {
    /** The actor recorded for the steps the service takes by itself (verification, undo, escalation). */
    public static final String SYSTEM_ACTOR = "faultline";
    private static final Logger LOG = LoggerFactory.getLogger(RecoveryService.class);
    private static final long HOUR_MS = 3_600_000;

    private final Function<String, Optional<Incident>> incidents;
    private final ExecutorSet executors;
    private final RecoveryAuditLog audit;
    private final Verifier verifier;
    private final RecoveryConfig config;
    private final GuardRails rails;
    private final Clock clock;
    private final List<RecoveryListener> listeners = new CopyOnWriteArrayList<>();
    private final PendingVerificationLog pendingLog;
    private final List<PendingVerification> pending = new ArrayList<>();
    /** The undo steps of this process's pending reversible actions, by execution id. */
    private final Map<Long, Outcome.Undo> undos = new HashMap<>();
    private final Map<Verdict, Long> decisions = new EnumMap<>(Verdict.class);
    private long executed;
    private long failed;
    private long verified;
    private long escalated;
    private long undone;

    /** Counters for {@code /metrics}: decisions by verdict, and what came of the executed actions. */
    public record Stats(Map<Verdict, Long> decisions, long executed, long failed, long verified, long escalated,
            long undone, int awaitingVerification) {
    }

    /**
     * @param incidents  finds an incident by id (the lifecycle's store)
     */
    public RecoveryService(Function<String, Optional<Incident>> incidents, ExecutorSet executors, RecoveryAuditLog audit,
            Verifier verifier, RecoveryConfig config, Clock clock) {
        this(incidents, executors, audit, null, verifier, config, clock);
    }

    /**
     * @param pendingLog where verifications still due are saved; the ones in it are resumed now
     *                   (null: kept in memory only)
     */
    public RecoveryService(Function<String, Optional<Incident>> incidents, ExecutorSet executors, RecoveryAuditLog audit,
            PendingVerificationLog pendingLog, Verifier verifier, RecoveryConfig config, Clock clock) {
        this.pendingLog = pendingLog;
        if (pendingLog != null) {
            pending.addAll(pendingLog.all());
        }
        this.incidents = incidents;
        this.executors = executors;
        this.audit = audit;
        this.verifier = verifier;
        this.config = config;
        this.rails = new GuardRails(config, clock);
        this.clock = clock;
    }

    public void addListener(RecoveryListener listener) {
        listeners.add(listener);
    }

    /**
     * Decides on, and when allowed runs, a suggested recovery of the incident: the one of
     * {@code kind}, or (null) the first suggestion that has an executor, else the first suggestion.
     *
     * @param dryRun  true asks for a dry run even when {@code recovery.dryRun} is off
     * @param actor   who asks: a token name, or e.g. {@code auto-recover} for the lifecycle
     * @throws NotFoundException     when there is no such incident
     * @throws InvalidInputException when {@code kind} is not among the incident's suggestions
     */
    public synchronized RecoveryResult recover(String incidentId, RecoveryKind kind, boolean dryRun, String actor) {
        Incident incident = incidents.apply(incidentId)
                .orElseThrow(() -> new NotFoundException("no incident with id '" + incidentId + "'"));
        double confidence = Confidence.of(incident.causes());
        boolean dry = dryRun || config.dryRun();
        String suspect = incident.causes().isEmpty() ? "" : incident.causes().get(0).component();
        if (incident.status() == IncidentStatus.RESOLVED) {
            return refused(incidentId, suspect, kind, Verdict.INCIDENT_RESOLVED, "incident " + incidentId + " is resolved",
                    actor, dry, confidence);
        }
        RecoveryAction action = choose(incident, kind);
        if (action == null) {
            return refused(incidentId, suspect, null, Verdict.NOTHING_SUGGESTED, "incident " + incidentId
                    + " has no suggested recovery (yet)", actor, dry, confidence);
        }
        Optional<Executor> executor = executors.forKind(action.kind());
        String executorName = executor.map(Executor::name).orElse(null);
        long now = clock.millis();
        Decision d = rails.decide(new Proposal(action.target(), action.kind(), confidence, dryRun, executorName),
                audit.executedSince(action.target(), now - Math.max(HOUR_MS, config.cooldownSeconds() * 1000)));
        decisions.merge(d.verdict(), 1L, Long::sum);
        AuditEntry decision = audit.append(new AuditEntry(0, now, incidentId, action.target(), action.kind(),
                AuditEntry.Event.DECISION, d.verdict().name(), d.reason(), actor, executorName, dry, confidence));
        if (!d.executes()) {
            return new RecoveryResult(decision, null, 0);
        }
        long mark = verifier.mark();
        Outcome outcome = run(executor.get(), new ActionRequest(incidentId, action, actor, clock.instant()));
        AuditEntry execution = record(incidentId, action, AuditEntry.Event.EXECUTION, outcome, actor, executorName);
        listeners.forEach(l -> tell(() -> l.executed(execution)));
        if (!outcome.succeeded()) {
            failed++;
            escalate(incidentId, action, executorName, "the " + action.kind() + " of " + action.target()
                    + " failed: " + outcome.detail(), false);
            return new RecoveryResult(decision, execution, 0);
        }
        executed++;
        long deadline = clock.millis() + config.verifyDeadlineSeconds() * 1000;
        PendingVerification p = new PendingVerification(execution.id(), incidentId, action, executorName, mark, deadline,
                outcome.undo().map(Outcome.Undo::description).orElse(null));
        pending.add(p);
        outcome.undo().ifPresent(u -> undos.put(p.executionId(), u));
        if (pendingLog != null) {
            pendingLog.add(p);
        }
        return new RecoveryResult(decision, execution, deadline);
    }

    /**
     * Checks the actions awaiting verification: a cleared anomaly is recorded as verified; one
     * still there at its deadline has its action undone (when reversible) and is escalated.
     * Called periodically ({@link VerificationTicker}); safe to call at any time.
     */
    public synchronized void verifyDue() {
        long now = clock.millis();
        for (Iterator<PendingVerification> it = pending.iterator(); it.hasNext(); ) {
            PendingVerification p = it.next();
            String what = "the " + p.action().kind() + " of " + p.action().target();
            if (verifier.cleared(p.action().target(), p.mark())) {
                forget(it, p);
                undos.remove(p.executionId());
                verified++;
                AuditEntry v = audit.append(entry(p.incidentId(), p.action(), AuditEntry.Event.VERIFICATION,
                        AuditEntry.CLEARED, "the anomaly on " + p.action().target() + " cleared after " + what, p.executor()));
                listeners.forEach(l -> tell(() -> l.verified(v)));
            } else if (now >= p.deadlineMs()) {
                forget(it, p);
                String reason = "the anomaly on " + p.action().target() + " did not clear within "
                        + config.verifyDeadlineSeconds() + " s of " + what + " (recovery.verifyDeadlineSeconds)";
                audit.append(entry(p.incidentId(), p.action(), AuditEntry.Event.VERIFICATION, AuditEntry.NOT_CLEARED,
                        reason, p.executor()));
                boolean reversed = false;
                Outcome.Undo undo = undos.remove(p.executionId());
                if (undo != null) {
                    Outcome u = runUndo(undo);
                    record(p.incidentId(), p.action(), AuditEntry.Event.UNDO, u, SYSTEM_ACTOR, p.executor());
                    reversed = u.succeeded();
                    undone += reversed ? 1 : 0;
                } else if (p.undoDescription() != null) {
                    reason += "; the undo (" + p.undoDescription() + ") was not run: it was lost in a restart, undo by hand";
                }
                escalate(p.incidentId(), p.action(), p.executor(), reason, reversed);
            }
        }
    }

    private void forget(Iterator<PendingVerification> it, PendingVerification p) {
        it.remove();
        if (pendingLog != null) {
            pendingLog.remove(p.executionId());
        }
    }

    /** The newest {@code limit} audit entries, newest first, of one incident or (null) of all. */
    public List<AuditEntry> audit(String incidentId, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit must be in 1..1000, was " + limit);
        }
        return audit.list(incidentId, limit);
    }

    public synchronized Stats stats() {
        return new Stats(Map.copyOf(decisions), executed, failed, verified, escalated, undone, pending.size());
    }

    private RecoveryAction choose(Incident incident, RecoveryKind kind) {
        List<RecoveryAction> suggested = incident.recoveries();
        if (kind != null) {
            return suggested.stream().filter(a -> a.kind() == kind).findFirst().orElseThrow(() -> new InvalidInputException(
                    "kind: " + kind + " is not among the suggested recoveries of incident " + incident.id() + " "
                            + suggested.stream().map(a -> a.kind().name()).toList()));
        }
        return suggested.stream().filter(a -> executors.forKind(a.kind()).isPresent()).findFirst()
                .orElse(suggested.isEmpty() ? null : suggested.get(0));
    }

    private RecoveryResult refused(String incidentId, String component, RecoveryKind kind, Verdict verdict, String reason,
            String actor, boolean dry, double confidence) {
        decisions.merge(verdict, 1L, Long::sum);
        return new RecoveryResult(audit.append(new AuditEntry(0, clock.millis(), incidentId, component, kind,
                AuditEntry.Event.DECISION, verdict.name(), reason, actor, null, dry, confidence)), null, 0);
    }

    private AuditEntry record(String incidentId, RecoveryAction action, AuditEntry.Event event, Outcome o, String actor,
            String executor) {
        return audit.append(new AuditEntry(0, clock.millis(), incidentId, action.target(), action.kind(), event,
                o.succeeded() ? AuditEntry.SUCCEEDED : AuditEntry.FAILED, o.detail(), actor, executor, false, null));
    }

    private AuditEntry entry(String incidentId, RecoveryAction action, AuditEntry.Event event, String outcome,
            String reason, String executor) {
        return new AuditEntry(0, clock.millis(), incidentId, action.target(), action.kind(), event, outcome, reason,
                SYSTEM_ACTOR, executor, false, null);
    }

    private void escalate(String incidentId, RecoveryAction action, String executor, String reason, boolean reversed) {
        escalated++;
        String text = reason + (reversed ? "; the action was undone" : "") + "; escalating to people";
        audit.append(entry(incidentId, action, AuditEntry.Event.ESCALATION, AuditEntry.ESCALATED, text, executor));
        Escalation e = new Escalation(incidentId, action.target(), action.kind(), executor, text, reversed, clock.millis());
        LOG.warn("recovery escalated for incident {}: {}", incidentId, text);
        listeners.forEach(l -> tell(() -> l.escalated(e)));
    }

    private static Outcome run(Executor executor, ActionRequest request) {
        try {
            return executor.execute(request);
        } catch (RuntimeException e) {
            return Outcome.failed(executor.name() + " failed: " + e);
        }
    }

    private static Outcome runUndo(Outcome.Undo undo) {
        try {
            return undo.run();
        } catch (RuntimeException e) {
            return Outcome.failed("undo (" + undo.description() + ") failed: " + e);
        }
    }

    private static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("a recovery listener failed", e);
        }
    }
}
