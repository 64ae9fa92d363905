package io.faultline.datasets.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.SampleBatch;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A restart ends a memory leak, a rollback a bad deploy, each from the next tick; nothing else ends them. */
class SimulatorControlTest {
    private static final SimulationParams PARAMS = SimulationParams.defaults();

    private static WebShopSimulator sim(FaultType fault) {
        return new WebShopSimulator(PARAMS, new Scenario(3, fault, "cart", Duration.ofMinutes(30), Duration.ofMinutes(40),
                Duration.ZERO));
    }

    @Test
    void aRestartEndsAMemoryLeakAtTheNextTick() {
        WebShopSimulator sim = sim(FaultType.MEMORY_LEAK);
        long actionAt = sim.truth().injectedAtMs() + 15 * 60_000L;
        while (sim.nextTimestampMs() < actionAt) {
            sim.next();
        }
        assertEquals("restarted cart, which ends its memory-leak", sim.control().restart("cart"));
        assertEquals(OptionalLong.empty(), sim.faultClearedAtMs(), "applied at the next tick, not at the call");
        double leaking = memory(sim.next());
        assertEquals(OptionalLong.of(actionAt), sim.faultClearedAtMs());
        for (int i = 0; i < 8; i++) {
            sim.next();
        }
        WebShopSimulator healthy = new WebShopSimulator(PARAMS, new Scenario(3, FaultType.LATENCY, "payment",
                Duration.ofMinutes(30), Duration.ofMinutes(40), Duration.ZERO));
        double baseline = 0;
        for (int i = 0; i < 100; i++) {
            baseline = Math.max(baseline, memory(healthy.next()));
        }
        double after = memory(sim.next());
        assertTrue(after <= baseline * 1.05, "memory after the restart " + after + " vs healthy max " + baseline
                + " (while leaking " + leaking + ")");
    }

    @Test
    void aRollbackEndsABadDeployAnnouncedAtTheInjection() {
        WebShopSimulator sim = sim(FaultType.BAD_DEPLOY);
        assertEquals(List.of(new SimChange("deploy-cart-3", "cart", "deploy", sim.truth().injectedAtMs(), "v2.3.0")),
                sim.changes());
        while (sim.nextTimestampMs() < sim.truth().injectedAtMs() + 5 * 60_000L) {
            sim.next();
        }
        assertTrue(errors(sim.next()) > 0.05, "the bad deploy fails requests");
        assertEquals("restarted cart", sim.control().restart("cart"));
        sim.next();
        assertEquals(OptionalLong.empty(), sim.faultClearedAtMs(), "a restart does not undo a deploy");
        assertEquals("rolled back the last deploy of cart, which ends its bad deploy", sim.control().rollBack("cart"));
        long rolledBackAt = sim.nextTimestampMs();
        sim.next();
        assertEquals(OptionalLong.of(rolledBackAt), sim.faultClearedAtMs());
        assertTrue(errors(sim.next()) < 0.02, "errors stop after the rollback");
    }

    @Test
    void actingOnAnotherComponentEndsNothing() {
        WebShopSimulator sim = sim(FaultType.MEMORY_LEAK);
        assertEquals("restarted payment", sim.control().restart("payment"));
        assertEquals("rolled back the last deploy of cart", sim.control().rollBack("cart"));
        while (sim.hasNext()) {
            sim.next();
        }
        assertEquals(OptionalLong.empty(), sim.faultClearedAtMs());
        assertEquals(List.of(), sim.changes());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sim.control().restart("nope"));
        assertTrue(e.getMessage().startsWith("unknown component 'nope', components: "), e.getMessage());
    }

    private static double memory(SampleBatch tick) {
        return value(tick, SimMetric.MEMORY_USAGE);
    }

    private static double errors(SampleBatch tick) {
        return value(tick, SimMetric.ERROR_RATIO);
    }

    private static double value(SampleBatch tick, SimMetric metric) {
        return tick.series().stream().filter(s -> s.key().equals(metric.key("cart"))).findFirst().orElseThrow().values()[0];
    }
}
