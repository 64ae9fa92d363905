package io.faultline.ingest.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one time ordering every decoder uses: stable sort, first sample per timestamp kept, repeats told. */
class TimeOrderTest {
    private static final SeriesKey KEY = SeriesKey.of("m", "a", "1");

    @Test
    void sortsStablyKeepsTheFirstSamplePerTimestampAndTellsEachRepeat() {
        long[] ts = {30, 10, 20, 10, 30, 10, 99};
        double[] vs = {3, 1, 2, 1.5, 3.5, 1.75, -1};
        List<String> repeats = new ArrayList<>();
        SeriesSamples s = TimeOrder.sortedUnique(KEY, ts, vs, 6, (kept, later) -> repeats.add(kept + "<" + later));
        assertArrayEquals(new long[] {10, 20, 30}, s.timestampsMs(), "the 7th sample is past size");
        assertArrayEquals(new double[] {1, 2, 3}, s.values());
        assertEquals(List.of("1<3", "1<5", "0<4"), repeats);
        assertArrayEquals(new long[] {30, 10, 20, 10, 30, 10, 99}, ts, "the input is not changed");
    }

    @Test
    void anIncreasingRunIsCopiedAsItIs() {
        long[] ts = {1, 2, 5, 0};
        double[] vs = {1, 2, 3, 4};
        SeriesSamples s = TimeOrder.sortedUnique(KEY, ts, vs, 3, (kept, later) -> {
            throw new AssertionError("no repeat");
        });
        assertArrayEquals(new long[] {1, 2, 5}, s.timestampsMs());
        assertArrayEquals(new double[] {1, 2, 3}, s.values());
        assertNotSame(ts, s.timestampsMs());
        assertTrue(TimeOrder.isStrictlyIncreasing(ts, 3));
        assertFalse(TimeOrder.isStrictlyIncreasing(ts, 4));
        assertFalse(TimeOrder.isStrictlyIncreasing(new long[] {1, 1}, 2), "equal is not increasing");
        assertEquals(0, TimeOrder.sortedUnique(KEY, new long[0], new double[0], 0, (k, l) -> { }).size());
    }

    @Test
    void aRepeatMayRefuseTheInput() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TimeOrder.sortedUnique(KEY,
                new long[] {2, 1, 2}, new double[] {1, 1, 1}, 3, (kept, later) -> {
                    throw new IllegalStateException(kept + " then " + later);
                }));
        assertEquals("0 then 2", e.getMessage());
    }

    @Test
    void sortedIndexesIsAStableSortLikeTheLibrarys() {
        Random random = new Random(7);
        for (int size : new int[] {0, 1, 2, 3, 17, 1000}) {
            long[] ts = new long[size];
            for (int i = 0; i < size; i++) {
                ts[i] = random.nextInt(20);
            }
            Integer[] expected = new Integer[size];
            for (int i = 0; i < size; i++) {
                expected[i] = i;
            }
            java.util.Arrays.sort(expected, (a, b) -> Long.compare(ts[a], ts[b])); // a stable merge sort too
            int[] actual = TimeOrder.sortedIndexes(ts, size);
            for (int i = 0; i < size; i++) {
                assertEquals(expected[i], actual[i], "position " + i + " of " + size);
            }
        }
    }
}
