package io.faultline.rca.recovery;

import io.faultline.ingest.SeriesKey;
import io.faultline.rca.Direction;
import io.faultline.rca.FaultKind;
import io.faultline.rca.MetricDeviation;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RecoveryAction;
import io.faultline.rca.RecoveryKind;
import io.faultline.rca.SignalKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecoveryAdvisorTest {
    private static final RankedCause CPU_HOG = new RankedCause("orders-db", 7.5, FaultKind.CPU,
            List.of(new MetricDeviation(SeriesKey.of("cpu_usage_ratio", "service", "orders-db"), SignalKind.CPU,
                    600_000, 0.3, 0.91, 30.5, Direction.UP)),
            List.of("orders-db", "orders", "frontend"));

    @Test
    void actionsFollowTheRunbookAndNameTheEvidence() {
        List<RecoveryAction> actions = new RecoveryAdvisor(Runbook.defaults()).advise(CPU_HOG);
        String evidence = "Evidence: orders-db is the suspected CPU fault: cpu_usage_ratio{service=\"orders-db\"} up "
                + "30.5 robust z (0.3000 -> 0.9100); symptoms propagate orders-db -> orders -> frontend.";
        assertEquals(List.of(
                new RecoveryAction(RecoveryKind.SCALE_OUT, "orders-db", "More replicas spread the CPU load. " + evidence, "low"),
                new RecoveryAction(RecoveryKind.RESTART, "orders-db",
                        "A restart stops a runaway process hogging the CPU. " + evidence, "medium")), actions);
    }

    @Test
    void overriddenRunbookTextBecomesOneSentence() {
        Runbook r = RunbookLoader.parse("CPU:\n  - {kind: RESTART, risk: high, rationale: 'kill it.'}\n", "rb");
        RecoveryAction a = new RecoveryAdvisor(r).adviseTop(List.of(CPU_HOG)).get(0);
        assertEquals("Kill it. Evidence:", a.rationale().substring(0, 18));
        assertEquals("high", a.risk());
    }

    @Test
    void noCauseNoAdvice() {
        assertEquals(List.of(), new RecoveryAdvisor(Runbook.defaults()).adviseTop(List.of()));
    }

    @Test
    void unknownFaultsAreInvestigatedWithoutAPath() {
        RankedCause vague = new RankedCause("cart", 1, FaultKind.UNKNOWN, List.of(), List.of("cart"));
        assertEquals(List.of(new RecoveryAction(RecoveryKind.INVESTIGATE, "cart",
                        "The metrics do not point to a known fault kind. Evidence: cart is the suspected UNKNOWN fault.", "low")),
                new RecoveryAdvisor(Runbook.defaults()).advise(vague));
    }
}
