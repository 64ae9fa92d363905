package io.faultline.training.fit;

import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.List;
import java.util.Random;

/** Seeded test series, one sample a minute from 2024-01-01T00:00Z. */
final class SyntheticHistory {
    static final long START_MS = 1_704_067_200_000L;
    static final long STEP_MS = 60_000L;

    private SyntheticHistory() {
    }

    /** level + 5 sin(2 pi i / 60) + N(0, 1), with {@code seed} driving the noise. */
    static SeriesSamples noisy(SeriesKey key, long seed, double level, int n) {
        Random random = new Random(seed);
        long[] timestamps = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            timestamps[i] = START_MS + i * STEP_MS;
            values[i] = level + 5 * Math.sin(2 * Math.PI * i / 60.0) + random.nextGaussian();
        }
        return new SeriesSamples(key, timestamps, values);
    }

    /** 10, 11, 10, 11, ... with {@code 100} at {@code spikeAt} (none when negative). */
    static SeriesSamples alternating(SeriesKey key, int n, int spikeAt) {
        long[] timestamps = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            timestamps[i] = START_MS + i * STEP_MS;
            values[i] = i == spikeAt ? 100 : 10 + (i % 2);
        }
        return new SeriesSamples(key, timestamps, values);
    }

    /** Four series of three services, one of them too short to train. */
    static SampleBatch fleet(long seed, int n) {
        return new SampleBatch(List.of(
                noisy(SeriesKey.of("latency_ms", "service", "cart"), seed, 100, n),
                noisy(SeriesKey.of("latency_ms", "service", "checkout"), seed + 1, 250, n),
                noisy(SeriesKey.of("cpu", "service", "cart"), seed + 2, 40, n),
                noisy(SeriesKey.of("cpu", "service", "search"), seed + 3, 60, 5)));
    }
}
