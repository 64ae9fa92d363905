package io.faultline.datasets.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesSamples;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WebShopSimulatorTest {
    private static final SimulationParams PARAMS = SimulationParams.defaults();

    private static Scenario scenario(long seed, FaultType fault, String component) {
        return new Scenario(seed, fault, component, Duration.ofMinutes(30), Duration.ofMinutes(20),
                Duration.ofMinutes(10));
    }

    @Test
    void sameSeedGivesIdenticalOutput() {
        Scenario s = scenario(42, FaultType.PACKET_LOSS, "cart");
        assertEquals(SimRun.of(PARAMS, s).batches, SimRun.of(PARAMS, s).batches);
    }

    @Test
    void anotherSeedGivesOtherNoise() {
        assertNotEquals(SimRun.of(PARAMS, scenario(42, FaultType.CPU_HOG, "cart")).batches,
                SimRun.of(PARAMS, scenario(43, FaultType.CPU_HOG, "cart")).batches);
    }

    @Test
    void ticksBeforeTheFaultDoNotDependOnTheFault() {
        SimRun hog = SimRun.of(PARAMS, scenario(5, FaultType.CPU_HOG, "cart"));
        SimRun loss = SimRun.of(PARAMS, scenario(5, FaultType.PACKET_LOSS, "user-db"));
        int onset = hog.tickAt(hog.truth.injectedAtMs());
        assertEquals(120, onset);
        assertEquals(hog.batches.subList(0, onset), loss.batches.subList(0, onset));
        assertNotEquals(hog.batches.get(onset), loss.batches.get(onset));
    }

    @Test
    void eachTickIsOneTimestampOfEverySeries() {
        WebShopSimulator sim = new WebShopSimulator(PARAMS, scenario(1, FaultType.LATENCY, "orders"));
        assertEquals(240, sim.tickCount());
        assertEquals(17 * 6, sim.seriesKeys().size());
        assertEquals("cpu_usage_ratio{service=\"frontend\"}", sim.seriesKeys().get(0).toString());
        for (int t = 0; t < 3; t++) {
            long expected = SimulationParams.DEFAULT_START_EPOCH_MS + 15_000L * t;
            assertEquals(expected, sim.nextTimestampMs());
            SampleBatch batch = sim.next();
            assertEquals(sim.seriesKeys(), batch.series().stream().map(SeriesSamples::key).toList());
            for (SeriesSamples s : batch.series()) {
                assertEquals(1, s.size());
                assertEquals(expected, s.timestampsMs()[0]);
            }
        }
        assertEquals(3, sim.ticksEmitted());
    }

    @Test
    void stopsAfterTheLastTick() {
        WebShopSimulator sim = new WebShopSimulator(PARAMS,
                new Scenario(1, FaultType.LATENCY, "orders", Duration.ZERO, Duration.ofSeconds(40), Duration.ZERO));
        assertEquals(3, sim.tickCount()); // 40 s in 15 s steps, rounded up
        sim.next();
        sim.next();
        sim.next();
        assertFalse(sim.hasNext());
        assertThrows(NoSuchElementException.class, sim::next);
    }

    @Test
    void groundTruthNamesTheCulpritItsCallersAndTheFaultWindow() {
        GroundTruth truth = new WebShopSimulator(PARAMS, scenario(9, FaultType.ERROR_BURST, "catalogue-db")).truth();
        long start = SimulationParams.DEFAULT_START_EPOCH_MS;
        assertEquals(new GroundTruth(9, FaultType.ERROR_BURST, "catalogue-db", start + 30 * 60_000,
                start + 50 * 60_000, List.of("catalogue-db", "frontend", "search", "recommendation", "catalogue")), truth);
        assertEquals("ERRORS", truth.faultKind());
        assertEquals("error_ratio", truth.signatureMetric());
    }

    @Test
    void aFaultWithoutRecoveryLastsUntilTheEnd() {
        SimRun run = SimRun.of(PARAMS, new Scenario(4, FaultType.CPU_HOG, "search", Duration.ofMinutes(10),
                Duration.ofMinutes(5), Duration.ZERO));
        assertEquals(60, run.timestamps.length);
        assertEquals(run.timestamps[59] + 15_000, run.truth.endsAtMs());
        double[] cpu = run.values(SimMetric.CPU_USAGE, "search");
        assertTrue(cpu[39] < 0.5 && cpu[40] > 0.75 && cpu[59] > 0.75, cpu[39] + " " + cpu[40] + " " + cpu[59]);
    }

    @Test
    void unknownComponentListsTheComponents() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WebShopSimulator(PARAMS, scenario(1, FaultType.CPU_HOG, "checkout")));
        assertTrue(e.getMessage().startsWith("unknown component 'checkout', components: frontend, catalogue, search,"),
                e.getMessage());
    }

    @Test
    void noiselessEntryTrafficFollowsTheDailyCycle() {
        SimRun run = SimRun.of(PARAMS.withNoiseScale(0), scenario(1, FaultType.LATENCY, "payment"));
        double[] rate = run.values(SimMetric.REQUEST_RATE, "frontend");
        // midnight, 14 hours before the peak: 150 * (1 + 0.3 cos(-14/24 * 2 pi))
        assertEquals(MetricSampler.round(150 * (1 + 0.3 * Math.cos(-14 / 24.0 * 2 * Math.PI))), rate[0]);
    }

    @ParameterizedTest
    @EnumSource(FaultType.class)
    void valuesAreFiniteAndInRange(FaultType fault) {
        Scenario s = new Scenario(3, fault, "user-db", Duration.ofMinutes(20), Duration.ofMinutes(60), Duration.ZERO);
        SimRun run = SimRun.of(PARAMS, s);
        run.series.forEach((key, values) -> {
            for (double v : values) {
                assertTrue(Double.isFinite(v) && v >= 0, key + " = " + v);
            }
        });
        for (ComponentProfile p : WebShop.standard().profiles()) {
            for (SimMetric bounded : List.of(SimMetric.CPU_USAGE, SimMetric.ERROR_RATIO)) {
                for (double v : run.values(bounded, p.name())) {
                    assertTrue(v <= 1, bounded.key(p.name()) + " = " + v);
                }
            }
            for (double v : run.values(SimMetric.MEMORY_USAGE, p.name())) {
                assertTrue(v <= p.memoryLimitBytes(), p.name() + " memory " + v);
            }
        }
    }
}
