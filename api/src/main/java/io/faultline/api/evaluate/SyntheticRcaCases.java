package io.faultline.api.evaluate;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.RcaCase;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.SignalKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded synthetic incidents of a chosen size, for timing a ranker ({@code faultline bench rca}): {@code services}
 * services named {@code svc0..}, each calling up to two services of higher number (a random call DAG with
 * {@code svc0} as the entry point), each with {@code metrics} series whose names cycle through cpu, memory,
 * latency, errors, traffic and network. Every series is a level with 5 % Gaussian noise over
 * {@code baselinePoints + faultPoints} points {@code stepMs} apart; from the onset, one random culprit's cpu
 * and latency series rise by 10 noise widths and its direct and indirect callers' latency by 4. The values
 * are plausible, not realistic: the cases exist to give a ranker real work of a known size.
 *
 * @param services       >= 2
 * @param metrics        per service, >= 1
 * @param baselinePoints points before the onset, >= 3
 * @param faultPoints    points from the onset on, >= 1
 * @param stepMs         > 0
 */
public record SyntheticRcaCases(int services, int metrics, int baselinePoints, int faultPoints, long stepMs) {
    private static final String[] METRICS = {"cpu_usage_ratio", "memory_usage_bytes", "request_latency_ms", "error_ratio",
        "request_rate", "network_retransmits_per_second"};
    private static final long START_MS = 1_704_067_200_000L;

    /** A generated case and its culprit. */
    public record Generated(RcaCase rcaCase, String culprit) {
    }

    public SyntheticRcaCases {
        if (services < 2) {
            throw new IllegalArgumentException("services must be >= 2, was " + services);
        }
        if (metrics < 1) {
            throw new IllegalArgumentException("metrics must be >= 1, was " + metrics);
        }
        if (baselinePoints < 3 || faultPoints < 1) {
            throw new IllegalArgumentException("baselinePoints must be >= 3 and faultPoints >= 1, were "
                    + baselinePoints + " and " + faultPoints);
        }
        if (stepMs < 1) {
            throw new IllegalArgumentException("stepMs must be > 0, was " + stepMs);
        }
    }

    /** One hour of 15 s points as the live diagnosis' baseline, then five minutes of fault. */
    public static SyntheticRcaCases ofSize(int services, int metrics) {
        return new SyntheticRcaCases(services, metrics, 240, 20, 15_000);
    }

    /** The case of {@code seed}; the same seed gives the same case. */
    public Generated generate(long seed) {
        Random random = new Random(seed);
        List<ServiceGraph.Component> components = new ArrayList<>();
        List<ServiceGraph.Edge> edges = new ArrayList<>();
        List<List<Integer>> callers = new ArrayList<>();
        for (int s = 0; s < services; s++) {
            components.add(new ServiceGraph.Component(name(s), "service"));
            callers.add(new ArrayList<>());
        }
        for (int s = 1; s < services; s++) {
            int parent = random.nextInt(s);
            edges.add(new ServiceGraph.Edge(name(parent), name(s)));
            callers.get(s).add(parent);
            int other = random.nextInt(s);
            if (other != parent && random.nextBoolean()) {
                edges.add(new ServiceGraph.Edge(name(other), name(s)));
                callers.get(s).add(other);
            }
        }
        int culprit = random.nextInt(services);
        boolean[] upstream = new boolean[services];
        markCallers(culprit, callers, upstream);
        int points = baselinePoints + faultPoints;
        long[] times = new long[points];
        for (int i = 0; i < points; i++) {
            times[i] = START_MS + i * stepMs;
        }
        List<ComponentSeries> series = new ArrayList<>(services * metrics);
        for (int s = 0; s < services; s++) {
            for (int m = 0; m < metrics; m++) {
                String metric = METRICS[m % METRICS.length] + (m < METRICS.length ? "" : "_" + m);
                double level = 10 + 90 * random.nextDouble();
                double shift = shift(m % METRICS.length, s == culprit, upstream[s]) * 0.05 * level;
                double[] values = new double[points];
                for (int i = 0; i < points; i++) {
                    values[i] = level * (1 + 0.05 * random.nextGaussian()) + (i >= baselinePoints ? shift : 0);
                }
                SeriesKey key = SeriesKey.of(metric, "service", name(s));
                series.add(new ComponentSeries(name(s), SignalKinds.of(metric), new SeriesSamples(key, times.clone(), values)));
            }
        }
        long onset = times[baselinePoints];
        RcaCase rcaCase = new RcaCase(new ServiceGraph(components, edges), series, onset, times[points - 1]);
        return new Generated(rcaCase, name(culprit));
    }

    /** In noise widths: the culprit's cpu (kind 0) and latency (kind 2) rise, its callers' latency less. */
    private static double shift(int kind, boolean culprit, boolean upstream) {
        if (culprit && (kind == 0 || kind == 2)) {
            return 10;
        }
        return upstream && kind == 2 ? 4 : 0;
    }

    private static void markCallers(int s, List<List<Integer>> callers, boolean[] marked) {
        for (int c : callers.get(s)) {
            if (!marked[c]) {
                marked[c] = true;
                markCallers(c, callers, marked);
            }
        }
    }

    private static String name(int s) {
        return "svc" + s;
    }
}
