package io.faultline.rca.recovery;

import io.faultline.ingest.InvalidInputException;
import io.faultline.rca.FaultKind;
import io.faultline.rca.RecoveryKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RunbookLoaderTest {

    @Test
    void defaultsCoverEveryFaultKindInTheAgreedOrder() {
        Runbook r = Runbook.defaults();
        assertEquals(List.of(RecoveryKind.SCALE_OUT, RecoveryKind.RESTART), kinds(r, FaultKind.CPU));
        assertEquals(List.of(RecoveryKind.RESTART, RecoveryKind.ROLL_BACK), kinds(r, FaultKind.MEMORY));
        assertEquals(List.of(RecoveryKind.ROLL_BACK, RecoveryKind.SCALE_OUT), kinds(r, FaultKind.LATENCY));
        assertEquals(List.of(RecoveryKind.ROLL_BACK, RecoveryKind.RESTART), kinds(r, FaultKind.ERRORS));
        assertEquals(List.of(RecoveryKind.FAIL_OVER, RecoveryKind.DRAIN), kinds(r, FaultKind.NETWORK));
        assertEquals(List.of(RecoveryKind.SCALE_OUT, RecoveryKind.RATE_LIMIT), kinds(r, FaultKind.TRAFFIC));
        assertEquals(RecoveryKind.INVESTIGATE, kinds(r, FaultKind.DISK).get(0));
        assertEquals(List.of(RecoveryKind.INVESTIGATE), kinds(r, FaultKind.UNKNOWN));
        assertEquals(FaultKind.values().length, r.entries().size());
    }

    @Test
    void listedKindsReplaceTheDefaultsOthersStay() {
        Runbook r = RunbookLoader.parse("""
                cpu:
                  - kind: scale-out
                    risk: Low
                    rationale: add two replicas
                MEMORY: []
                """, "runbook.yaml");
        assertEquals(List.of(new RunbookStep(RecoveryKind.SCALE_OUT, "low", "add two replicas")), r.steps(FaultKind.CPU));
        assertEquals(List.of(), r.steps(FaultKind.MEMORY));
        assertEquals(Runbook.defaults().steps(FaultKind.NETWORK), r.steps(FaultKind.NETWORK));
    }

    @Test
    void aKindWithoutEntryFallsBackToUnknown() {
        Runbook r = new Runbook(Map.of(FaultKind.UNKNOWN,
                List.of(new RunbookStep(RecoveryKind.INVESTIGATE, "low", "look"))));
        assertEquals(r.steps(FaultKind.UNKNOWN), r.steps(FaultKind.DISK));
    }

    @Test
    void unknownFaultKindIsRejectedWithTheValidOnes() {
        assertEquals("runbook.yaml: unknown fault kind 'GPU' (valid: CPU, MEMORY, LATENCY, ERRORS, TRAFFIC, DISK, NETWORK, UNKNOWN)",
                message("GPU:\n  - {kind: RESTART, risk: low, rationale: x}\n"));
    }

    @Test
    void unknownRecoveryKindIsRejectedWithItsPlace() {
        assertEquals("runbook.yaml: CPU[1].kind: unknown recovery kind 'REBOOT' (valid: RESTART, SCALE_OUT, ROLL_BACK, "
                        + "FAIL_OVER, RATE_LIMIT, DRAIN, INVESTIGATE)",
                message("CPU:\n  - {kind: RESTART, risk: low, rationale: x}\n  - {kind: REBOOT, risk: low, rationale: x}\n"));
    }

    @Test
    void badStepsAreRejected() {
        assertEquals("runbook.yaml: CPU[0]: unknown key 'cost' (valid: kind, risk, rationale)",
                message("CPU:\n  - {kind: RESTART, risk: low, rationale: x, cost: 3}\n"));
        assertEquals("runbook.yaml: CPU[0].risk must be one of [low, medium, high], was 'severe'",
                message("CPU:\n  - {kind: RESTART, risk: severe, rationale: x}\n"));
        assertEquals("runbook.yaml: CPU[0].rationale is required", message("CPU:\n  - {kind: RESTART, risk: low}\n"));
        assertEquals("runbook.yaml: CPU must be a list of steps", message("CPU: RESTART\n"));
        assertEquals("runbook.yaml: fault kind CPU is listed twice", message("CPU: []\ncpu: []\n"));
        assertEquals("runbook.yaml: a runbook is a map from fault kind to a list of steps", message("- CPU\n"));
    }

    @Test
    void anEmptyFileChangesNothing() {
        assertEquals(Map.of(), RunbookLoader.parseOverrides("", "runbook.yaml"));
    }

    private static String message(String yaml) {
        return assertThrows(InvalidInputException.class, () -> RunbookLoader.parse(yaml, "runbook.yaml")).getMessage();
    }

    private static List<RecoveryKind> kinds(Runbook r, FaultKind kind) {
        return r.steps(kind).stream().map(RunbookStep::kind).toList();
    }
}
