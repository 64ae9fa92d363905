package io.faultline.models;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.Random;

/** Seeded test series: one sample a minute around a daily-like cycle with Gaussian noise. */
public final class SyntheticSeries {
    public static final long STEP_MS = 60_000L;
    public static final SeriesKey KEY = SeriesKey.of("http_latency_ms", "service", "cart", "instance", "a");

    private SyntheticSeries() {
    }

    /** 100 + 5 sin(2 pi t / 60) + N(0, 1), t counted from {@code firstIndex}. */
    public static SeriesSamples noisySeasonal(long seed, int firstIndex, int n) {
        Random random = new Random(seed);
        long[] timestamps = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            int t = firstIndex + i;
            timestamps[i] = t * STEP_MS;
            values[i] = 100 + 5 * Math.sin(2 * Math.PI * t / 60.0) + random.nextGaussian();
        }
        return new SeriesSamples(KEY, timestamps, values);
    }

    /** A copy of {@code series} with {@code delta} added at {@code index}. */
    public static SeriesSamples withSpike(SeriesSamples series, int index, double delta) {
        double[] values = series.values().clone();
        values[index] += delta;
        return new SeriesSamples(series.key(), series.timestampsMs().clone(), values);
    }

    public static SeriesSamples empty() {
        return new SeriesSamples(KEY, new long[0], new double[0]);
    }
}
