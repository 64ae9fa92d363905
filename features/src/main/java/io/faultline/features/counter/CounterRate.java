package io.faultline.features.counter;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.StaleMarker;
import java.util.Arrays;

/**
 * The per-second rate of one counter, fed one raw sample at a time in time order.
 *
 * <p>The rules are Prometheus' ({@code rate()} and {@code increase()} in promql/functions.go):
 * <ul>
 *   <li>the first sample (and the first after a break) has no previous value, so it gives no rate;</li>
 *   <li>a value lower than the previous one is a counter reset: the counter restarted from zero,
 *       so the increase over that interval is the new value itself;</li>
 *   <li>a staleness marker ({@link StaleMarker}) ends the series: the next sample starts afresh;
 *       any other non-finite value breaks the counter the same way;</li>
 *   <li>a sample not later than the previous one (equal timestamps, out of order) is ignored.</li>
 * </ul>
 * "No rate" is {@code NaN}. Not thread-safe.
 */
public final class CounterRate {
    private long lastMs;
    private double lastValue;
    private boolean primed;
    private long resets;
    private long staleMarkers;

    /** True when the series follows the counter naming convention: its metric name ends in {@code _total}. */
    public static boolean isCounter(SeriesKey key) {
        return key.metric().endsWith("_total");
    }

    /**
     * The rate over the interval that ends at this sample, in units per second, or NaN when there
     * is none (see the class comment).
     */
    public double next(long timestampMs, double value) {
        if (!Double.isFinite(value)) {
            if (StaleMarker.isStale(value)) {
                staleMarkers++;
            }
            primed = false;
            return Double.NaN;
        }
        if (!primed) {
            remember(timestampMs, value);
            return Double.NaN;
        }
        if (timestampMs <= lastMs) {
            return Double.NaN;
        }
        double increase = value - lastValue;
        if (value < lastValue) {
            resets++;
            increase = value;
        }
        double rate = increase * 1000.0 / (timestampMs - lastMs);
        remember(timestampMs, value);
        return rate;
    }

    /** Forgets the previous sample, as a staleness marker does (used when the series is known to have ended). */
    public void reset() {
        primed = false;
    }

    /** Counter resets seen so far (decreases between consecutive samples). */
    public long resets() {
        return resets;
    }

    /** Staleness markers seen so far. */
    public long staleMarkers() {
        return staleMarkers;
    }

    /**
     * Feeds every sample of {@code counter} through this instance and returns the rates it gave,
     * each at the timestamp of the sample that ends its interval (samples without a rate are left
     * out). Afterwards this instance continues from the last sample, so live samples go on seamlessly.
     */
    public SeriesSamples feed(SeriesSamples counter) {
        long[] ts = new long[counter.size()];
        double[] rates = new double[counter.size()];
        int n = 0;
        for (int i = 0; i < counter.size(); i++) {
            double rate = next(counter.timestampsMs()[i], counter.values()[i]);
            if (!Double.isNaN(rate)) {
                ts[n] = counter.timestampsMs()[i];
                rates[n++] = rate;
            }
        }
        return new SeriesSamples(counter.key(), Arrays.copyOf(ts, n), Arrays.copyOf(rates, n));
    }

    /** The rates of a whole stretch of a counter, as {@link #feed} gives them from a fresh start. */
    public static SeriesSamples rates(SeriesSamples counter) {
        return new CounterRate().feed(counter);
    }

    private void remember(long timestampMs, double value) {
        lastMs = timestampMs;
        lastValue = value;
        primed = true;
    }
}
