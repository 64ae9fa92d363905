package io.faultline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SeriesIndexTest {

    @Test
    void internsToDenseIdsInOrderOfFirstSight() {
        SeriesIndex index = new SeriesIndex();
        SeriesKey cart = SeriesKey.of("cpu", "service", "cart");
        SeriesKey orders = SeriesKey.of("cpu", "service", "orders");

        assertEquals(0, index.intern(cart));
        assertEquals(1, index.intern(orders));
        assertEquals(0, index.intern(SeriesKey.of("cpu", "service", "cart")));
        assertEquals(2, index.size());
        assertSame(cart, index.key(0));
        assertSame(orders, index.key(1));
    }

    @Test
    void findDoesNotIntern() {
        SeriesIndex index = new SeriesIndex();
        assertEquals(SeriesIndex.ABSENT, index.find(SeriesKey.of("cpu")));
        assertEquals(0, index.size());
        index.intern(SeriesKey.of("cpu"));
        assertEquals(0, index.find(SeriesKey.of("cpu")));
    }

    @Test
    void growsPastItsInitialCapacity() {
        SeriesIndex index = new SeriesIndex();
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, index.intern(SeriesKey.of("m", "i", Integer.toString(i))));
        }
        assertEquals(SeriesKey.of("m", "i", "777"), index.key(777));
    }

    @Test
    void unknownIdIsRejectedWithTheValidRange() {
        SeriesIndex index = new SeriesIndex();
        index.intern(SeriesKey.of("a"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index.key(1));
        assertEquals("no series with id 1, ids are 0..0", e.getMessage());
    }

    @Test
    void concurrentInterningGivesEveryKeyOneDenseId() throws Exception {
        SeriesIndex index = new SeriesIndex();
        int threads = 4;
        int keys = 2000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<int[]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * 37;
                Callable<int[]> task = () -> {
                    int[] ids = new int[keys];
                    for (int i = 0; i < keys; i++) {
                        int k = (i + offset) % keys; // each thread walks the keys from another start
                        ids[k] = index.intern(SeriesKey.of("m", "k", Integer.toString(k)));
                    }
                    return ids;
                };
                results.add(pool.submit(task));
            }
            int[] first = results.get(0).get();
            for (Future<int[]> f : results) {
                int[] ids = f.get();
                for (int k = 0; k < keys; k++) {
                    assertEquals(first[k], ids[k], "threads disagree on key " + k);
                    assertEquals(SeriesKey.of("m", "k", Integer.toString(k)), index.key(ids[k]));
                }
            }
            assertEquals(keys, index.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
