package io.faultline.api.bench;

import io.faultline.ingest.SeriesKey;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded catalogue of series as a fleet of scraped targets exposes them: each target (a service instance
 * with {@code job}, {@code instance}, {@code service}, {@code region} labels) has the same eight metrics,
 * four gauges and four {@code _total} counters, and series {@code i} is metric {@code i % 8} of target
 * {@code i / 8}. {@link #next(int)} gives a series' next scraped value: gauges wander around a per-series
 * level with a slow daily-like swing and noise, counters only grow by a noisy per-series rate over 15 s.
 * Each series has its own random stream, so its values do not depend on how series are sharded.
 */
public final class SyntheticSeries {
    /** Metrics per target. */
    public static final int METRICS = 8;
    private static final String[] NAMES = {
        "node_cpu_utilisation_ratio", "process_resident_memory_bytes", "http_request_duration_seconds_p99",
        "go_goroutines", "http_requests_total", "http_request_errors_total", "process_cpu_seconds_total",
        "node_network_transmit_bytes_total"};
    private static final String[] SERVICES = {
        "frontend", "cart", "checkout", "catalogue", "payment", "shipping", "orders", "users", "recommendation",
        "search", "inventory", "auth", "gateway", "email", "currency", "ads", "reviews", "pricing", "media",
        "notifications", "billing", "session", "profile", "analytics"};
    private static final String[] REGIONS = {"eu-west-1", "us-east-1", "ap-south-1"};
    private static final double STEP_S = 15.0;

    private final List<SeriesKey> keys;
    private final SplittableRandom[] random;
    private final double[] level;
    private final double[] phase;
    private final double[] counter;
    private final int[] round;

    public SyntheticSeries(int series, long seed) {
        if (series < 1) {
            throw new IllegalArgumentException("series must be >= 1, was " + series);
        }
        keys = new ArrayList<>(series);
        random = new SplittableRandom[series];
        level = new double[series];
        phase = new double[series];
        counter = new double[series];
        round = new int[series];
        SplittableRandom root = new SplittableRandom(seed);
        for (int i = 0; i < series; i++) {
            keys.add(makeKey(i));
            random[i] = root.split();
            level[i] = initialLevel(i % METRICS, random[i]);
            phase[i] = random[i].nextDouble(2 * Math.PI);
            counter[i] = isCounter(i) ? Math.rint(level[i] * random[i].nextDouble(1_000, 100_000)) : 0;
        }
    }

    public int size() {
        return keys.size();
    }

    public SeriesKey key(int i) {
        return keys.get(i);
    }

    public static boolean isCounter(int i) {
        return i % METRICS >= 4;
    }

    /** The next scraped value of series {@code i} (one call per scrape, in scrape order). */
    public double next(int i) {
        SplittableRandom r = random[i];
        int n = round[i]++;
        if (isCounter(i)) {
            double increase = Math.max(0, level[i] * STEP_S * (1 + 0.2 * r.nextGaussian()));
            counter[i] += i % METRICS == 6 ? Math.rint(increase * 100) / 100 : Math.rint(increase);
            return counter[i];
        }
        double swing = 1 + 0.3 * Math.sin(2 * Math.PI * n / 5760.0 + phase[i]);
        double v = level[i] * swing * (1 + 0.05 * r.nextGaussian());
        return switch (i % METRICS) {
            case 0 -> Math.min(1, Math.max(0, Math.rint(v * 10_000) / 10_000));
            case 2 -> Math.max(0, Math.rint(v * 1_000_000) / 1_000_000);
            default -> Math.max(0, Math.rint(v));
        };
    }

    /** A gauge's typical level, or a counter's typical increase per second. */
    private static double initialLevel(int metric, SplittableRandom r) {
        return switch (metric) {
            case 0 -> r.nextDouble(0.05, 0.8);
            case 1 -> r.nextDouble(5e7, 2e9);
            case 2 -> r.nextDouble(0.01, 1.5);
            case 3 -> r.nextDouble(20, 2_000);
            case 4 -> r.nextDouble(1, 500);
            case 5 -> r.nextDouble(0.01, 2);
            case 6 -> r.nextDouble(0.05, 1.5);
            default -> r.nextDouble(1e4, 5e7);
        };
    }

    private static SeriesKey makeKey(int i) {
        int target = i / METRICS;
        String service = SERVICES[target % SERVICES.length];
        String instance = "10." + (target >> 16 & 255) + "." + (target >> 8 & 255) + "." + (target & 255) + ":"
                + (9000 + target % 100);
        return SeriesKey.of(NAMES[i % METRICS], "job", service, "instance", instance, "service", service,
                "region", REGIONS[target % REGIONS.length], "env", "prod");
    }
}
