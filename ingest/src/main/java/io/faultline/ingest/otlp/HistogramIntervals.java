package io.faultline.ingest.otlp;

import io.faultline.ingest.SeriesKey;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the points of cumulative histograms into the bucket counts of each interval between two
 * consecutive points of a series (what {@code rate()} over one scrape interval gives in Prometheus),
 * remembering the last point of each series across requests. The rules follow Prometheus' counter
 * semantics:
 * <ul>
 *   <li>the first point of a series has no previous point, so it gives no interval;</li>
 *   <li>a reset (a new {@code startTimeUnixNano}, or any bucket count or the total lower than before)
 *       means the histogram restarted from zero: the interval's counts are the point's own;</li>
 *   <li>a point not later than the remembered one (a retry, an out-of-order point) gives nothing and
 *       changes nothing; a change of bucket bounds starts the series afresh;</li>
 *   <li>{@link #forget} (a staleness marker, OTLP's "no recorded value") starts it afresh too.</li>
 * </ul>
 * At most {@code capacity} series are remembered; beyond that the least recently seen is forgotten.
 * Thread-safe.
 */
final class HistogramIntervals {
    private record Last(long startNs, long timeNs, double[] bounds, long[] counts) {
    }

    private final Map<SeriesKey, Last> last;

    HistogramIntervals(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.last = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SeriesKey, Last> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The counts per bucket over the interval that ends at this point, or null when there is none. */
    synchronized long[] interval(SeriesKey series, long startNs, long timeNs, double[] bounds, long[] counts) {
        Last previous = last.get(series);
        if (previous != null && timeNs <= previous.timeNs) {
            return null;
        }
        last.put(series, new Last(startNs, timeNs, bounds, counts));
        if (previous == null || !Arrays.equals(previous.bounds, bounds)) {
            return null;
        }
        if (startNs != 0 && previous.startNs != 0 && startNs != previous.startNs) {
            return counts;
        }
        long[] delta = new long[counts.length];
        for (int i = 0; i < counts.length; i++) {
            delta[i] = counts[i] - previous.counts[i];
            if (delta[i] < 0) {
                return counts;
            }
        }
        return delta;
    }

    synchronized void forget(SeriesKey series) {
        last.remove(series);
    }

    synchronized int size() {
        return last.size();
    }
}
