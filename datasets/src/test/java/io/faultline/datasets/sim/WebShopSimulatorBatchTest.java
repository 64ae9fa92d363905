package io.faultline.datasets.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesSamples;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebShopSimulatorBatchTest {
    private static WebShopSimulator sim() {
        return new WebShopSimulator(SimulationParams.defaults(), new Scenario(7, FaultType.LATENCY, "cart",
                Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ZERO));
    }

    @Test
    void groupsTicksPerSeriesInTimeOrderAndMatchesSingleTicks() {
        WebShopSimulator single = sim();
        WebShopSimulator grouped = sim();
        SampleBatch four = grouped.next(4);
        assertEquals(single.seriesKeys().size(), four.series().size());
        for (int t = 0; t < 4; t++) {
            SampleBatch tick = single.next();
            for (int s = 0; s < tick.series().size(); s++) {
                SeriesSamples g = four.series().get(s);
                assertEquals(tick.series().get(s).key(), g.key());
                assertEquals(tick.series().get(s).timestampsMs()[0], g.timestampsMs()[t]);
                assertEquals(tick.series().get(s).values()[0], g.values()[t]);
            }
        }
        assertEquals(4, grouped.ticksEmitted());
    }

    @Test
    void theLastGroupIsShort() {
        WebShopSimulator sim = sim(); // 3 minutes at 15 s = 12 ticks
        sim.next(5);
        sim.next(5);
        SampleBatch last = sim.next(5);
        assertArrayEquals(new long[] {
                SimulationParams.DEFAULT_START_EPOCH_MS + 10 * 15_000, SimulationParams.DEFAULT_START_EPOCH_MS + 11 * 15_000},
                last.series().get(0).timestampsMs());
        assertFalse(sim.hasNext());
    }
}
