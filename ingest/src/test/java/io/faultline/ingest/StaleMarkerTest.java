package io.faultline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StaleMarkerTest {

    @Test
    void onlyTheExactBitsAreAMarker() {
        assertEquals(0x7ff0000000000002L, Double.doubleToRawLongBits(StaleMarker.VALUE));
        assertTrue(Double.isNaN(StaleMarker.VALUE));
        assertTrue(StaleMarker.isStale(Double.longBitsToDouble(0x7ff0000000000002L)));
        assertFalse(StaleMarker.isStale(Double.NaN));
        assertFalse(StaleMarker.isStale(0.0));
    }
}
