package io.faultline.datasets.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulationParamsTest {
    @Test
    void emptyObjectGivesTheDefaults() {
        assertEquals(SimulationParams.defaults(), SimulationParams.fromJson("{}"));
    }

    @Test
    void missingKeysKeepTheirDefaultsNestedToo() {
        SimulationParams p = SimulationParams.fromJson("{\"stepSeconds\": 30, \"faults\": {\"addedDelayMs\": 120}}");
        assertEquals(30, p.stepSeconds());
        assertEquals(30_000, p.stepMs());
        assertEquals(SimulationParams.DEFAULT_START_EPOCH_MS, p.startEpochMs());
        assertEquals(120.0, p.faults().addedDelayMs());
        assertEquals(FaultParams.defaults().cpuHogShare(), p.faults().cpuHogShare());
    }

    @Test
    void unknownKeysAreRejectedWithTheirPath() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SimulationParams.fromJson("{\"faults\": {\"diskFull\": 1}}"));
        assertEquals(true, e.getMessage().startsWith("simulation params at $.faults.diskFull: "), e.getMessage());
    }

    @Test
    void badValuesNameTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SimulationParams.fromJson("{\"dailyAmplitude\": 1.5}"));
        assertEquals("simulation params at $: 'params': dailyAmplitude must be in [0.0, 0.95], was 1.5", e.getMessage());
        assertEquals("stepSeconds must be in [1, 3600], was 0", assertThrows(IllegalArgumentException.class,
                () -> new SimulationParams(0, 0, 150, 0.3, 14, 1, FaultParams.defaults())).getMessage());
    }

    @Test
    void scenarioValidatesItsDurations() {
        assertEquals("faultLength must be > 0, was PT0S", assertThrows(IllegalArgumentException.class,
                () -> new Scenario(1, FaultType.LATENCY, "cart", Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .getMessage());
        assertEquals("warmUp must be >= 0, was PT-1M", assertThrows(IllegalArgumentException.class,
                () -> new Scenario(1, FaultType.LATENCY, "cart", Duration.ofMinutes(-1), Duration.ofMinutes(1),
                        Duration.ZERO)).getMessage());
        assertEquals(Duration.ofMinutes(90), Scenario.of(1, FaultType.LATENCY, "cart").totalLength());
    }
}
