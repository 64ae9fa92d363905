package io.faultline.datasets.circa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.InvalidInputException;
import org.junit.jupiter.api.Test;

class CircaParamsTest {
    @Test
    void emptyObjectGivesCircasDefaults() {
        CircaParams p = CircaParams.fromJson("{}");
        assertEquals(CircaParams.defaults(), p);
        assertEquals(50, p.nodes());
        assertEquals(100, p.edgeCount());
        assertEquals(1440, p.lengthNormal());
        assertEquals(60_000, p.stepMs());
    }

    @Test
    void missingKeysKeepTheirDefaults() {
        CircaParams p = CircaParams.fromJson("{\"nodes\": 10, \"lag\": 2}");
        assertEquals(CircaParams.forNodes(10).withLag(2), p);
        assertEquals(20, p.edgeCount());
    }

    @Test
    void edgeCountIsClampedAsCircaClampsIt() {
        assertEquals(20, CircaParams.forNodes(10).edgeCount());
        assertEquals(1, CircaParams.fromJson("{\"nodes\": 2, \"edgesPerNode\": 5}").edgeCount());
        assertEquals(3, CircaParams.fromJson("{\"nodes\": 4, \"edgesPerNode\": 0}").edgeCount());
        assertEquals(6, CircaParams.fromJson("{\"nodes\": 4, \"edgesPerNode\": 10}").edgeCount());
    }

    @Test
    void unknownKeysAreRejectedWithTheirPath() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CircaParams.fromJson("{\"sinks\": 2}"));
        assertTrue(e.getMessage().startsWith("circa params at $.sinks: "), e.getMessage());
    }

    @Test
    void badValuesNameTheField() {
        assertEquals("circa params at $: nodes must be in [2, 1000], was 1",
                assertThrows(InvalidInputException.class, () -> CircaParams.fromJson("{\"nodes\": 1}")).getMessage());
        assertEquals("lengthAbnormal must be in [2, 100000], was 1",
                assertThrows(IllegalArgumentException.class, () -> CircaParams.forNodes(10).withLengths(100, 2, 1))
                        .getMessage());
        assertEquals("circa params at $: maxWeight must be in [0.5, 10], was 0.4", assertThrows(InvalidInputException.class,
                () -> CircaParams.fromJson("{\"maxWeight\": 0.4}")).getMessage());
        assertEquals("tau must be in (0, 100], was 0.0", assertThrows(IllegalArgumentException.class,
                () -> new CircaParams(10, 2, 0.5, 2, 0, 0.1, 1, 0, 1440, 2, 10, 60, 0)).getMessage());
    }
}
