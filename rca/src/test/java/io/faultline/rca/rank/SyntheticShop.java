package io.faultline.rca.rank;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.RcaCase;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.SignalKinds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded toy web shop for ranker tests: frontend -> orders -> orders-db, frontend -> cart, six
 * metrics per component sampled every 10 s, 20 minutes around an onset at t = 600 s. Faults are
 * added as step or ramp shifts from a given second on.
 */
final class SyntheticShop {
    static final ServiceGraph GRAPH = new ServiceGraph(
            List.of(new ServiceGraph.Component("frontend", null), new ServiceGraph.Component("orders", null),
                    new ServiceGraph.Component("orders-db", "database"), new ServiceGraph.Component("cart", null)),
            List.of(new ServiceGraph.Edge("frontend", "orders"), new ServiceGraph.Edge("orders", "orders-db"),
                    new ServiceGraph.Edge("frontend", "cart")));
    static final long ONSET_MS = 600_000;
    static final long END_MS = 1_190_000;
    static final long STEP_MS = 10_000;

    /** metric -> {level, noise sd}. */
    private static final Map<String, double[]> METRICS = new LinkedHashMap<>();

    static {
        METRICS.put("cpu_usage_ratio", new double[]{0.3, 0.02});
        METRICS.put("memory_usage_bytes", new double[]{5e8, 2e6});
        METRICS.put("request_latency_ms", new double[]{50, 2});
        METRICS.put("error_ratio", new double[]{0.01, 0.002});
        METRICS.put("request_rate", new double[]{100, 3});
        METRICS.put("network_retransmits_per_second", new double[]{1, 0.2});
    }

    private record Shift(String component, String metric, long fromS, double delta, boolean ramp) {
    }

    private final long seed;
    private final List<Shift> shifts = new ArrayList<>();

    SyntheticShop(long seed) {
        this.seed = seed;
    }

    /** Adds {@code delta} to a metric of a component from second {@code fromS} on. */
    SyntheticShop step(String component, String metric, long fromS, double delta) {
        shifts.add(new Shift(component, metric, fromS, delta, false));
        return this;
    }

    /** Adds a linear ramp reaching {@code delta} at the end of the window. */
    SyntheticShop ramp(String component, String metric, long fromS, double delta) {
        shifts.add(new Shift(component, metric, fromS, delta, true));
        return this;
    }

    RcaCase rcaCase() {
        return new RcaCase(GRAPH, series(), ONSET_MS, END_MS);
    }

    List<ComponentSeries> series() {
        Random random = new Random(seed);
        List<ComponentSeries> out = new ArrayList<>();
        int n = (int) (END_MS / STEP_MS) + 1;
        for (String component : GRAPH.componentNames()) {
            for (Map.Entry<String, double[]> m : METRICS.entrySet()) {
                long[] t = new long[n];
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    t[i] = i * STEP_MS;
                    v[i] = m.getValue()[0] + m.getValue()[1] * random.nextGaussian() + shift(component, m.getKey(), t[i]);
                }
                SeriesKey key = SeriesKey.of(m.getKey(), "service", component);
                out.add(new ComponentSeries(component, SignalKinds.of(key), new SeriesSamples(key, t, v)));
            }
        }
        return out;
    }

    private double shift(String component, String metric, long tMs) {
        double total = 0;
        for (Shift s : shifts) {
            long from = s.fromS * 1000;
            if (s.component.equals(component) && s.metric.equals(metric) && tMs >= from) {
                total += s.ramp ? s.delta * (tMs - from) / (double) (END_MS - from) : s.delta;
            }
        }
        return total;
    }
}
