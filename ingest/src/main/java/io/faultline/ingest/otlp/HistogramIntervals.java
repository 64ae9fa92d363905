package io.faultline.ingest.otlp;

import io.faultline.ingest.SeriesKey;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the points of cumulative histograms into the observations of each interval between two
 * consecutive points of a series (what {@code rate()} over one scrape interval gives in Prometheus),
 * remembering the last point of each series across requests. The rules follow Prometheus' counter
 * semantics:
 * <ul>
 *   <li>the first point of a series has no previous point, so it gives no interval;</li>
 *   <li>a reset (a new {@code startTimeUnixNano}, or any count lower than before) means the histogram
 *       restarted from zero: the interval's counts are the point's own;</li>
 *   <li>a point not later than the remembered one (a retry, an out-of-order point) gives nothing and
 *       changes nothing; a change of layout the {@link Difference} cannot bridge (new explicit bounds,
 *       a new zero threshold) starts the series afresh;</li>
 *   <li>{@link #forget} (a staleness marker, OTLP's "no recorded value") starts it afresh too.</li>
 * </ul>
 * At most {@code capacity} series are remembered; beyond that the least recently seen is forgotten.
 * Thread-safe.
 *
 * @param <T> the bucket counts of one point ({@link BucketCounts}, {@link ExponentialBuckets})
 */
final class HistogramIntervals<T> {
    /** The counts between two points: the difference, {@code current} for a reset, null when not comparable. */
    @FunctionalInterface
    interface Difference<T> {
        T since(T previous, T current);
    }

    private record Last<T>(long startNs, long timeNs, T counts) {
    }

    private final Difference<T> difference;
    private final Map<SeriesKey, Last<T>> last;

    HistogramIntervals(int capacity, Difference<T> difference) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.difference = difference;
        this.last = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SeriesKey, Last<T>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The counts over the interval that ends at this point, or null when there is none. */
    synchronized T interval(SeriesKey series, long startNs, long timeNs, T counts) {
        Last<T> previous = last.get(series);
        if (previous != null && timeNs <= previous.timeNs) {
            return null;
        }
        last.put(series, new Last<>(startNs, timeNs, counts));
        if (previous == null) {
            return null;
        }
        if (startNs != 0 && previous.startNs != 0 && startNs != previous.startNs) {
            return counts;
        }
        return difference.since(previous.counts, counts);
    }

    synchronized void forget(SeriesKey series) {
        last.remove(series);
    }

    synchronized int size() {
        return last.size();
    }
}
