package io.faultline.ingest.store;

import static io.faultline.ingest.store.DuckDbMetricStoreTest.T0;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.batch;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Writers and readers on several threads at once: every batch lands once, readers only see whole batches. */
class ConcurrentStoreTest {
    private static final int WRITERS = 3;
    private static final int BATCHES = 40;
    private static final int PER_BATCH = 50;

    @Test
    void writersAndReadersShareTheStore() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
        AtomicBoolean writing = new AtomicBoolean(true);
        try (DuckDbMetricStore store = DuckDbMetricStore.open(DuckDbMetricStore.IN_MEMORY)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                SeriesKey key = SeriesKey.of("load", "writer", Integer.toString(w));
                writers.add(pool.submit(() -> {
                    for (int b = 0; b < BATCHES; b++) {
                        store.append(batch(series(key, T0 + b * PER_BATCH * 15_000L, PER_BATCH, b * PER_BATCH)));
                    }
                    return null;
                }));
            }
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                SeriesKey key = SeriesKey.of("load", "writer", Integer.toString(r));
                readers.add(pool.submit(() -> {
                    int reads = 0;
                    while (writing.get() || reads == 0) {
                        SeriesSamples s = store.read(key, Long.MIN_VALUE, Long.MAX_VALUE);
                        assertEquals(0, s.size() % PER_BATCH, "a reader saw part of a batch");
                        for (int i = 0; i < s.size(); i++) {
                            assertEquals(i, s.values()[i]);
                        }
                        store.listSeries(List.of());
                        reads++;
                    }
                    return reads;
                }));
            }
            for (Future<?> f : writers) {
                f.get();
            }
            writing.set(false);
            for (Future<Integer> f : readers) {
                assertTrue(f.get() > 0);
            }
            assertEquals((long) WRITERS * BATCHES * PER_BATCH, store.sampleCount());
            assertEquals(WRITERS, store.listSeries(List.of()).size());
            for (int w = 0; w < WRITERS; w++) {
                SeriesSamples s = store.read(SeriesKey.of("load", "writer", Integer.toString(w)), Long.MIN_VALUE, Long.MAX_VALUE);
                assertEquals(BATCHES * PER_BATCH, s.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
