package io.faultline.ingest.store;

import static io.faultline.ingest.store.DuckDbMetricStoreTest.T0;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.batch;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Appends that queue while another is written are committed together, and each still gets its own
 * outcome: the first append is held inside its transaction until the others have queued behind it.
 */
class GroupCommitTest {
    private static final SeriesKey A = SeriesKey.of("group_test", "s", "a");
    private static final SeriesKey B = SeriesKey.of("group_test", "s", "b");
    private static final SeriesKey C = SeriesKey.of("group_test", "s", "c");

    @TempDir
    Path dir;

    @Test
    void queuedAppendsOfDistinctSeriesAreStoredWithDenseIds() throws Exception {
        String file = dir.resolve("g.duckdb").toString();
        List<Throwable> outcomes = run(file, batch(series(A, T0, 3, 0)),
                batch(series(B, T0, 2, 10)), batch(series(C, T0, 4, 20)), batch(series(A, T0 + 45_000, 2, 3)));
        outcomes.forEach(org.junit.jupiter.api.Assertions::assertNull);
        assertEquals(3, grouped, "the three appends queued behind the first share one transaction");
        try (DuckDbMetricStore reopened = DuckDbMetricStore.open(file)) { // the ids must be dense to open
            assertEquals(11, reopened.sampleCount());
            assertEquals(5, reopened.read(A, T0, T0 + 3_600_000).size());
            assertEquals(2, reopened.read(B, T0, T0 + 3_600_000).size());
            assertEquals(4, reopened.read(C, T0, T0 + 3_600_000).size());
        }
    }

    @Test
    void aNewSeriesInTwoQueuedBatchesGetsOneId() throws Exception {
        String file = dir.resolve("n.duckdb").toString();
        List<Throwable> outcomes = run(file, batch(series(A, T0, 1, 0)),
                batch(series(B, T0, 2, 10)), batch(series(C, T0, 1, 20), series(B, T0 + 30_000, 1, 12)));
        outcomes.forEach(org.junit.jupiter.api.Assertions::assertNull);
        assertEquals(0, grouped, "a new series in two batches of a group is written one batch at a time");
        try (DuckDbMetricStore reopened = DuckDbMetricStore.open(file)) { // the ids must be dense to open
            assertEquals(3, reopened.listSeries(List.of()).size());
            assertEquals(3, reopened.read(B, T0, T0 + 3_600_000).size());
        }
    }

    @Test
    void aRefusedBatchInAGroupFailsAloneAndOneSeriesTwiceIsWrittenInOrder() throws Exception {
        String file = dir.resolve("h.duckdb").toString();
        SampleBatch conflicting = batch(new io.faultline.ingest.SeriesSamples(A, new long[] {T0}, new double[] {99}));
        List<Throwable> outcomes = run(file, batch(series(A, T0, 3, 0)),
                batch(series(B, T0, 2, 10)), batch(series(B, T0 + 30_000, 2, 12)), conflicting, batch(series(C, T0, 1, 20)));
        assertNull(outcomes.get(0));
        assertNull(outcomes.get(1));
        assertNull(outcomes.get(2));
        assertInstanceOf(InvalidInputException.class, outcomes.get(3));
        assertNull(outcomes.get(4));
        assertEquals(0, grouped, "a group with one series twice is written one batch at a time");
        try (DuckDbMetricStore reopened = DuckDbMetricStore.open(file)) {
            assertEquals(8, reopened.sampleCount());
            assertEquals(List.of(10.0, 11.0, 12.0, 13.0),
                    java.util.Arrays.stream(reopened.read(B, T0, T0 + 3_600_000).values()).boxed().toList());
            assertEquals(0.0, reopened.read(A, T0, T0 + 1).values()[0]);
        }
    }

    /** Appends {@code first}, holds it in its transaction until all of {@code rest} queued in order, then lets go. */
    private static long grouped;

    private static List<Throwable> run(String file, SampleBatch first, SampleBatch... rest) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch held = new CountDownLatch(1);
        WriteHook hook = position -> {
            if (held.getCount() > 0) {
                held.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(rest.length + 1);
        try (DuckDbMetricStore store = DuckDbMetricStore.open(file, hook)) {
            List<Future<Throwable>> futures = new ArrayList<>();
            futures.add(pool.submit(() -> outcome(store, first)));
            held.await(30, TimeUnit.SECONDS);
            for (int i = 0; i < rest.length; i++) {
                SampleBatch b = rest[i];
                futures.add(pool.submit(() -> outcome(store, b)));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (store.queuedAppends() < i + 1 && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
            }
            release.countDown();
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<Throwable> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            grouped = store.groupedAppends();
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Throwable outcome(DuckDbMetricStore store, SampleBatch batch) {
        try {
            store.append(batch);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
