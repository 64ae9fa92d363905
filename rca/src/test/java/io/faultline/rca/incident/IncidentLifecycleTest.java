package io.faultline.rca.incident;

import io.faultline.rca.IncidentStatus;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static io.faultline.rca.IncidentStatus.ACKNOWLEDGED;
import static io.faultline.rca.IncidentStatus.MITIGATING;
import static io.faultline.rca.IncidentStatus.OPEN;
import static io.faultline.rca.IncidentStatus.RESOLVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IncidentLifecycleTest {

    @Test
    void everyPairIsAllowedOrRejectedAsTheLifecycleSays() {
        String table = "";
        for (IncidentStatus from : IncidentStatus.values()) {
            for (IncidentStatus to : IncidentStatus.values()) {
                table += IncidentLifecycle.allowed(from, to) ? "x" : ".";
            }
            table += "|";
        }
        // rows and columns: open, acknowledged, mitigating, resolved
        assertEquals(".xxx|..xx|...x|x...|", table);
    }

    @Test
    void aLegalStepMakesItsTimelineEntry() {
        assertEquals(new Transition(5, OPEN, ACKNOWLEDGED, "on it", "ana"),
                IncidentLifecycle.step("inc-1", OPEN, ACKNOWLEDGED, 5, "on it", "ana"));
        assertEquals(new Transition(9, RESOLVED, OPEN, "back again", Transition.SYSTEM),
                IncidentLifecycle.step("inc-1", RESOLVED, OPEN, 9, "back again", Transition.SYSTEM));
    }

    @Test
    void anIllegalStepNamesBothStatusesAndTheAllowedOnes() {
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> IncidentLifecycle.step("inc-7", RESOLVED, ACKNOWLEDGED, 1, "late ack", "ana"));
        assertEquals("incident inc-7 cannot go from resolved to acknowledged; allowed from resolved: [open]", e.getMessage());
        assertEquals(RESOLVED, e.from());
        assertEquals(ACKNOWLEDGED, e.to());
        assertEquals("incident inc-7 cannot go from acknowledged to acknowledged: it already is acknowledged;"
                        + " allowed from acknowledged: [mitigating, resolved]",
                assertThrows(IllegalTransitionException.class,
                        () -> IncidentLifecycle.step("inc-7", ACKNOWLEDGED, ACKNOWLEDGED, 1, "again", "ana")).getMessage());
    }

    @Test
    void theOpeningEntryHasNoPreviousStatusAndTheSystemAsActor() {
        Transition t = IncidentLifecycle.opening(42, "2 anomalies on 2 components");
        assertEquals(new Transition(42, null, OPEN, "2 anomalies on 2 components", "system"), t);
        assertEquals(true, t.isOpening());
        assertEquals(EnumSet.of(MITIGATING, RESOLVED), IncidentLifecycle.allowedFrom(ACKNOWLEDGED));
    }

    @Test
    void transitionsNeedACauseAndAnActor() {
        assertEquals("transition cause is required", assertThrows(IllegalArgumentException.class,
                () -> new Transition(1, OPEN, RESOLVED, " ", "ana")).getMessage());
        assertEquals("transition actor is required", assertThrows(IllegalArgumentException.class,
                () -> new Transition(1, OPEN, RESOLVED, "fixed", null)).getMessage());
    }
}
