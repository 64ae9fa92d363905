package io.faultline.api.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.datasets.rcaeval.CallGraph;
import io.faultline.datasets.rcaeval.RcaCaseData;
import io.faultline.datasets.sim.FaultType;
import io.faultline.datasets.sim.Scenario;
import io.faultline.datasets.sim.SimulationParams;
import io.faultline.datasets.sim.WebShop;
import io.faultline.datasets.sim.WebShopSimulator;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedRcaEvalCasesTest {

    @Test
    void aScenarioBecomesOneRecordingWithTheShopsGraphAndTheFaultTime() {
        Scenario scenario = new Scenario(4, FaultType.MEMORY_LEAK, "cart-db", Duration.ofMinutes(10), Duration.ofMinutes(5),
                Duration.ofMinutes(1));
        WebShopSimulator sim = new WebShopSimulator(SimulationParams.defaults(), scenario);
        int ticks = sim.tickCount();
        RcaCaseData c = SimulatedRcaEvalCases.caseOf(sim);
        assertEquals("cart-db", c.rootCause());
        assertEquals("memory-leak", c.faultType());
        assertEquals(SimulationParams.defaults().startEpochMs() + 600_000, c.faultTimeMs());
        assertEquals(ticks, c.data().rows());
        assertEquals(WebShop.standard().topology().names().size() * 6, c.data().columns().size());
        assertTrue(c.data().column("cart-db_memory_usage_bytes").isPresent());
        assertEquals("cart-db", c.data().column("cart-db_memory_usage_bytes").orElseThrow().component());
        assertTrue(c.graph().edges().contains(new CallGraph.Edge("cart", "cart-db")), c.graph().edges().toString());
        assertTrue(!c.hasBaseline());
    }

    @Test
    void scenariosCoverEveryFaultKindWithConsecutiveSeeds() {
        List<Scenario> scenarios = SimulatedRcaEvalCases.scenarios(2, 5, Duration.ofMinutes(60), Duration.ofMinutes(20),
                Duration.ofMinutes(10));
        assertEquals(FaultType.values().length * 2, scenarios.size());
        assertEquals(5, scenarios.get(0).seed());
        assertEquals(FaultType.values()[FaultType.values().length - 1], scenarios.get(scenarios.size() - 1).fault());
        assertEquals(5 + scenarios.size() - 1, scenarios.get(scenarios.size() - 1).seed());
        assertEquals("cases per fault must be >= 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> SimulatedRcaEvalCases.scenarios(0, 1, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .getMessage());
    }
}
