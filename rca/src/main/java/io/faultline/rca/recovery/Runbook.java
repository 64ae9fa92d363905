package io.faultline.rca.recovery;

import io.faultline.rca.FaultKind;
import io.faultline.rca.RecoveryKind;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Ordered recovery steps per fault kind, first step preferred. Immutable; a kind with no entry
 * falls back to the UNKNOWN entry. {@link #defaults()} is the built-in runbook;
 * {@link RunbookLoader} reads overrides from YAML.
 */
public final class Runbook {
    private final Map<FaultKind, List<RunbookStep>> steps;

    public Runbook(Map<FaultKind, List<RunbookStep>> steps) {
        EnumMap<FaultKind, List<RunbookStep>> copy = new EnumMap<>(FaultKind.class);
        steps.forEach((kind, list) -> {
            if (kind == null) {
                throw new IllegalArgumentException("fault kind is required");
            }
            copy.put(kind, List.copyOf(list));
        });
        this.steps = Collections.unmodifiableMap(copy);
    }

    /** The built-in runbook: the usual first moves of an on-call engineer per fault kind. */
    public static Runbook defaults() {
        EnumMap<FaultKind, List<RunbookStep>> m = new EnumMap<>(FaultKind.class);
        m.put(FaultKind.CPU, List.of(
                step(RecoveryKind.SCALE_OUT, "low", "more replicas spread the CPU load"),
                step(RecoveryKind.RESTART, "medium", "a restart stops a runaway process hogging the CPU")));
        m.put(FaultKind.MEMORY, List.of(
                step(RecoveryKind.RESTART, "medium", "a restart releases leaked memory before the process is killed"),
                step(RecoveryKind.ROLL_BACK, "medium", "a leak that came with the last deploy goes with it")));
        m.put(FaultKind.LATENCY, List.of(
                step(RecoveryKind.ROLL_BACK, "medium", "a slowdown that came with the last deploy or config change goes with it"),
                step(RecoveryKind.SCALE_OUT, "low", "more replicas shorten queues if the slowdown is load-driven")));
        m.put(FaultKind.ERRORS, List.of(
                step(RecoveryKind.ROLL_BACK, "medium", "errors that came with the last deploy or config change go with it"),
                step(RecoveryKind.RESTART, "medium", "a restart clears a bad in-process state")));
        m.put(FaultKind.NETWORK, List.of(
                step(RecoveryKind.FAIL_OVER, "high", "moving traffic to a healthy zone or replica avoids the lossy path"),
                step(RecoveryKind.DRAIN, "medium", "draining the affected instance takes it out of the lossy path")));
        m.put(FaultKind.TRAFFIC, List.of(
                step(RecoveryKind.SCALE_OUT, "low", "more replicas absorb the surge"),
                step(RecoveryKind.RATE_LIMIT, "medium", "limiting the surge protects the rest of the system")));
        m.put(FaultKind.DISK, List.of(
                step(RecoveryKind.INVESTIGATE, "low", "disk faults (full volume, slow device) need a look before acting"),
                step(RecoveryKind.DRAIN, "medium", "draining the instance moves work off the failing disk")));
        m.put(FaultKind.UNKNOWN, List.of(
                step(RecoveryKind.INVESTIGATE, "low", "the metrics do not point to a known fault kind")));
        return new Runbook(m);
    }

    private static RunbookStep step(RecoveryKind kind, String risk, String rationale) {
        return new RunbookStep(kind, risk, rationale);
    }

    /** This runbook with the entries of {@code overrides} replacing its own, kind by kind. */
    public Runbook withOverrides(Map<FaultKind, List<RunbookStep>> overrides) {
        EnumMap<FaultKind, List<RunbookStep>> merged = new EnumMap<>(FaultKind.class);
        merged.putAll(steps);
        merged.putAll(overrides);
        return new Runbook(merged);
    }

    /** The steps for a fault kind, best first; the UNKNOWN entry when the kind has none. */
    public List<RunbookStep> steps(FaultKind kind) {
        List<RunbookStep> list = steps.get(kind);
        return list != null ? list : steps.getOrDefault(FaultKind.UNKNOWN, List.of());
    }

    /** Every entry, by fault kind. */
    public Map<FaultKind, List<RunbookStep>> entries() {
        return steps;
    }
}
