package io.faultline.rca.change;

import io.faultline.rca.FaultKind;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RecoveryAction;
import io.faultline.rca.RecoveryKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChangeEvidenceTest {
    private static final long ONSET = 1_714_564_800_000L; // 2024-05-01T12:00:00Z
    private final ChangeEvidence rule = new ChangeEvidence(new ChangeEvidenceParams(1800, 0.5));

    private static RankedCause cause(String component, double score) {
        return new RankedCause(component, score, FaultKind.LATENCY, List.of(), List.of(component));
    }

    private static ChangeEvent deploy(String id, String component, long atMs, String version) {
        return new ChangeEvent(id, component, ChangeKind.DEPLOY, atMs, version, "");
    }

    @Test
    void aDeployShortlyBeforeTheOnsetBoostsItsComponentAndBecomesEvidence() {
        List<RankedCause> ranking = List.of(cause("orders", 4.0), cause("cart", 3.0));
        ChangeEvidence.Result r = rule.apply(ranking, List.of(deploy("d1", "cart", ONSET - 180_000, "v1.4.2")), ONSET);
        assertEquals(List.of(cause("cart", 4.5), cause("orders", 4.0)), r.causes());
        ChangeLink link = r.topLink();
        assertEquals(180_000, link.beforeOnsetMs());
        assertEquals("deploy v1.4.2 of cart at 2024-05-01T11:57:00Z, 3 min before onset", link.evidence());
    }

    @Test
    void changesOutsideTheWindowOrAfterTheOnsetAreIgnored() {
        List<RankedCause> ranking = List.of(cause("orders", 4.0), cause("cart", 3.0));
        ChangeEvidence.Result r = rule.apply(ranking, List.of(
                deploy("early", "cart", ONSET - 1_800_001, "v1"),
                deploy("late", "cart", ONSET + 1, "v2"),
                deploy("elsewhere", "search", ONSET - 1_000, "v3")), ONSET);
        assertEquals(ranking, r.causes());
        assertEquals(0, r.links().size());
        assertNull(r.topLink());
    }

    @Test
    void theLatestChangeInTheWindowIsTheOneLinked() {
        ChangeEvidence.Result r = rule.apply(List.of(cause("cart", 1.0)), List.of(
                deploy("d1", "cart", ONSET - 1_200_000, "v1"),
                new ChangeEvent("c2", "cart", ChangeKind.CONFIG, ONSET - 30_000, "", "raise pool size")), ONSET);
        assertEquals("config change \"raise pool size\" of cart at 2024-05-01T11:59:30Z, 30 s before onset",
                r.topLink().evidence());
    }

    @Test
    void aDeployOnTheTopCausePutsItsRollbackFirst() {
        ChangeEvidence.Result r = rule.apply(List.of(cause("cart", 3.0)),
                List.of(deploy("d1", "cart", ONSET - 180_000, "v1.4.2")), ONSET);
        List<RecoveryAction> runbook = List.of(
                new RecoveryAction(RecoveryKind.ROLL_BACK, "cart", "runbook rollback", "medium"),
                new RecoveryAction(RecoveryKind.SCALE_OUT, "cart", "more replicas", "low"));
        List<RecoveryAction> advised = ChangeEvidence.preferRollback(r, runbook);
        assertEquals(List.of(new RecoveryAction(RecoveryKind.ROLL_BACK, "cart",
                        "Roll back deploy v1.4.2 of cart (change d1): the fault began after it. Evidence: deploy v1.4.2"
                                + " of cart at 2024-05-01T11:57:00Z, 3 min before onset.", "medium"), runbook.get(1)),
                advised);
    }

    @Test
    void aConfigChangeOrAChangeOnAnotherCauseLeavesTheRecoveriesAlone() {
        List<RecoveryAction> runbook = List.of(new RecoveryAction(RecoveryKind.RESTART, "orders", "restart", "medium"));
        ChangeEvidence.Result config = rule.apply(List.of(cause("cart", 3.0)),
                List.of(new ChangeEvent("c1", "cart", ChangeKind.CONFIG, ONSET - 1, "", "x")), ONSET);
        assertSame(runbook, ChangeEvidence.preferRollback(config, runbook));
        ChangeEvidence.Result other = rule.apply(List.of(cause("orders", 9.0), cause("cart", 1.0)),
                List.of(deploy("d1", "cart", ONSET - 1, "v2")), ONSET);
        assertSame(runbook, ChangeEvidence.preferRollback(other, runbook));
    }

    @Test
    void paramsAndEventsAreValidated() {
        assertEquals("windowSeconds must be in 1..86400, was 0",
                assertThrows(IllegalArgumentException.class, () -> new ChangeEvidenceParams(0, 1)).getMessage());
        assertEquals("boost must be in 0..100, was NaN",
                assertThrows(IllegalArgumentException.class, () -> new ChangeEvidenceParams(60, Double.NaN)).getMessage());
        assertEquals("change component is required",
                assertThrows(IllegalArgumentException.class, () -> deploy("d", " ", 0, "v")).getMessage());
    }
}
