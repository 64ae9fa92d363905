package io.faultline.datasets.sim;

import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A whole simulated scenario held in memory, with the robust statistics the tests judge it by. */
final class SimRun {
    final GroundTruth truth;
    final long[] timestamps;
    final Map<SeriesKey, double[]> series = new HashMap<>();
    final List<SampleBatch> batches = new ArrayList<>();

    SimRun(WebShopSimulator sim) {
        truth = sim.truth();
        int n = sim.tickCount();
        timestamps = new long[n];
        sim.seriesKeys().forEach(k -> series.put(k, new double[n]));
        for (int t = 0; sim.hasNext(); t++) {
            SampleBatch batch = sim.next();
            batches.add(batch);
            for (SeriesSamples s : batch.series()) {
                timestamps[t] = s.timestampsMs()[0];
                series.get(s.key())[t] = s.values()[0];
            }
        }
    }

    static SimRun of(SimulationParams params, Scenario scenario) {
        return new SimRun(new WebShopSimulator(params, scenario));
    }

    double[] values(SimMetric metric, String component) {
        return series.get(metric.key(component));
    }

    /** Index of the first tick at or after {@code ms}. */
    int tickAt(long ms) {
        int i = 0;
        while (i < timestamps.length && timestamps[i] < ms) {
            i++;
        }
        return i;
    }

    /**
     * Robust z of a window after the onset against the warm-up: (median of the window - median of the
     * baseline) / (1.4826 MAD of the baseline), with the standard deviation as a fallback scale when most
     * baseline values are equal.
     */
    double robustZ(SimMetric metric, String component, int fromMinute, int toMinute) {
        double[] v = values(metric, component);
        int onset = tickAt(truth.injectedAtMs());
        double[] baseline = Arrays.copyOfRange(v, 0, onset);
        int from = tickAt(truth.injectedAtMs() + fromMinute * 60_000L);
        int to = tickAt(truth.injectedAtMs() + toMinute * 60_000L);
        double[] window = Arrays.copyOfRange(v, from, to);
        double med = median(baseline);
        double[] dev = Arrays.stream(baseline).map(x -> Math.abs(x - med)).toArray();
        double scale = 1.4826 * median(dev);
        if (scale < 1e-12) {
            double mean = Arrays.stream(baseline).average().orElse(0);
            scale = Math.sqrt(Arrays.stream(baseline).map(x -> (x - mean) * (x - mean)).average().orElse(0));
        }
        return (median(window) - med) / Math.max(scale, 1e-12);
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
