package io.faultline.api.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.faultline.api.PipelineAssembly;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.store.DuckDbMetricStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Request threads scoring in parallel: every point of every series is scored once, and the observer counts it all. */
class LivePipelineConcurrencyTest {
    private static final long T0 = 1_700_000_000_000L;

    @Test
    void parallelRequestsScoreEveryPointOnceAndAreCounted() throws Exception {
        Counting observer = new Counting();
        try (DuckDbMetricStore store = DuckDbMetricStore.open(DuckDbMetricStore.IN_MEMORY)) {
            LivePipeline pipeline = PipelineAssembly.build(FaultlineConfig.defaults(), store, observer, ChangeSource.NONE);
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(threads.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        pipeline.accept(batch(thread, round));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            threads.shutdown();

            SeriesSamples one = series(2, 7, 0);
            pipeline.accept(new SampleBatch(List.of(new SeriesSamples(one.key(), one.timestampsMs(), one.values())))); // a retry
            InvalidInputException conflict = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                    () -> pipeline.accept(new SampleBatch(List.of(new SeriesSamples(one.key(), one.timestampsMs(), new double[5])))));
            org.junit.jupiter.api.Assertions.assertTrue(conflict.getMessage().contains("already has value"), conflict.getMessage());

            LivePipeline.Stats stats = pipeline.stats();
            assertEquals(4 * 25, stats.activeSeries());
            assertEquals(4 * 25 * 20 * 5, stats.scoredPoints());
            assertEquals(5, stats.outOfOrderPoints());
            assertEquals(4 * 25 * 20 * 5 + 5, observer.accepted.get());
            assertEquals(Map.of("conflict", 5L), observer.rejected);
            assertEquals(4 * 20 + 1, observer.batches.get());
            assertEquals(stats.scoredPoints(), observer.scored.get());
        }
    }

    /** Thread {@code thread}'s round {@code round}: the next 5 points of its 25 series. */
    private static SampleBatch batch(int thread, int round) {
        List<SeriesSamples> list = new ArrayList<>();
        for (int s = 0; s < 25; s++) {
            list.add(series(thread, s, round));
        }
        return new SampleBatch(list);
    }

    private static SeriesSamples series(int thread, int s, int round) {
        long[] ts = new long[5];
        double[] values = new double[5];
        for (int j = 0; j < 5; j++) {
            ts[j] = T0 + (round * 5L + j) * 15_000L;
            values[j] = 10 + ((thread * 31 + s * 7 + round * 5 + j) % 11) * 0.1;
        }
        return new SeriesSamples(SeriesKey.of("concurrency_test", "service", "svc-" + thread, "series", "s" + s), ts, values);
    }

    private static final class Counting implements PipelineObserver {
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong scored = new AtomicLong();
        final AtomicLong batches = new AtomicLong();
        final Map<String, Long> rejected = new ConcurrentHashMap<>();

        @Override
        public void accepted(int samples) {
            accepted.addAndGet(samples);
        }

        @Override
        public void rejected(String reason, int samples) {
            rejected.merge(reason, (long) samples, Long::sum);
        }

        @Override
        public void scored(int points, long nanos) {
            scored.addAndGet(points);
            batches.incrementAndGet();
        }
    }
}
