package io.faultline.datasets.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FaultTypeTest {
    @Test
    void parsesCliNamesAndConstantNames() {
        assertEquals(FaultType.CPU_HOG, FaultType.parse("cpu-hog"));
        assertEquals(FaultType.MEMORY_LEAK, FaultType.parse("memory-leak"));
        assertEquals(FaultType.LATENCY, FaultType.parse("latency"));
        assertEquals(FaultType.ERROR_BURST, FaultType.parse(" Error-Burst "));
        assertEquals(FaultType.PACKET_LOSS, FaultType.parse("PACKET_LOSS"));
    }

    @Test
    void unknownNameListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FaultType.parse("disk-full"));
        assertEquals("unknown fault 'disk-full', valid faults: cpu-hog, memory-leak, latency, error-burst, packet-loss, bad-deploy",
                e.getMessage());
        assertEquals("unknown fault 'null', valid faults: cpu-hog, memory-leak, latency, error-burst, packet-loss, bad-deploy",
                assertThrows(IllegalArgumentException.class, () -> FaultType.parse(null)).getMessage());
    }

    @Test
    void signaturesMatchTheRankersFaultKinds() {
        assertEquals("CPU", FaultType.CPU_HOG.faultKind());
        assertEquals("MEMORY", FaultType.MEMORY_LEAK.faultKind());
        assertEquals("LATENCY", FaultType.LATENCY.faultKind());
        assertEquals("ERRORS", FaultType.ERROR_BURST.faultKind());
        assertEquals("NETWORK", FaultType.PACKET_LOSS.faultKind());
        assertEquals("cpu_usage_ratio", FaultType.CPU_HOG.signatureMetric().metricName());
        assertEquals("network_retransmits_per_second", FaultType.PACKET_LOSS.signatureMetric().metricName());
    }
}
