package io.faultline.datasets.nab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NabWindowTest {
    private static final long M = 60_000;

    @Test
    void labelsGoByTimeEvenWhenTheClockStepsBack() {
        long[] ts = {0, M, 2 * M, 3 * M, M, 4 * M, 5 * M};
        List<NabWindow> windows = List.of(new NabWindow(M, 2 * M), new NabWindow(5 * M, 5 * M));
        assertArrayEquals(new int[] {0, 1, 1, 0, 1, 0, 1}, NabWindow.labels(ts, windows));
    }

    @Test
    void indexOfFindsTheFirstRowAsPythonListIndexDoes() {
        long[] ts = {0, M, M, 2 * M};
        assertEquals(1, NabWindow.indexOf(ts, M));
        assertEquals(-1, NabWindow.indexOf(ts, 3 * M));
    }

    @Test
    void endBeforeStartIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NabWindow(M, 0));
        assertEquals("window end must not precede its start, was [1970-01-01 00:01:00, 1970-01-01 00:00:00]", e.getMessage());
    }

    @Test
    void windowsMustBeOrderedDisjointAndOnRows() {
        long[] ts = {0, M, 2 * M, 3 * M, 4 * M};
        NabWindow.requireAligned(List.of(new NabWindow(0, M), new NabWindow(2 * M, 4 * M)), ts);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NabWindow.requireAligned(List.of(new NabWindow(0, 2 * M), new NabWindow(2 * M, 3 * M)), ts));
        assertEquals("window 1 [1970-01-01 00:02:00, 1970-01-01 00:03:00] starts before window 0 "
                + "[1970-01-01 00:00:00, 1970-01-01 00:02:00] ends: windows must be in order and must not overlap", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> NabWindow.requireAligned(List.of(new NabWindow(M + 1, 2 * M)), ts));
        assertEquals("window 0 [1970-01-01 00:01:00.001, 1970-01-01 00:02:00]: its start is not the timestamp of any row", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> NabWindow.requireAligned(List.of(new NabWindow(M, 9 * M)), ts));
        assertEquals("window 0 [1970-01-01 00:01:00, 1970-01-01 00:09:00]: its end is not the timestamp of any row", e.getMessage());
    }
}
