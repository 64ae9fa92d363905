package io.faultline.ingest.format.remotewrite;

import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.format.TimeOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kept samples of one request, in columns per series. A series that appears in several TimeSeries
 * messages is merged into one; at the end every series is put in strictly increasing time order: samples
 * that came out of order are moved back (counted as reordered) and a second sample at a timestamp is
 * dropped, the first one in request order kept (counted as {@link DropReason#DUPLICATE_TIMESTAMP}).
 */
final class SeriesColumns {
    private final List<SeriesKey> keys = new ArrayList<>();
    private final List<long[]> timestamps = new ArrayList<>();
    private final List<double[]> values = new ArrayList<>();
    private final Map<SeriesKey, Integer> positions = new HashMap<>();
    private int reordered;
    private int duplicates;

    /** Adds the first {@code n} samples of the scratch columns to the series. */
    void add(SeriesKey key, long[] ts, double[] vs, int n) {
        Integer position = positions.putIfAbsent(key, keys.size());
        if (position == null) {
            keys.add(key);
            timestamps.add(Arrays.copyOf(ts, n));
            values.add(Arrays.copyOf(vs, n));
            return;
        }
        long[] oldTs = timestamps.get(position);
        double[] oldVs = values.get(position);
        long[] newTs = Arrays.copyOf(oldTs, oldTs.length + n);
        double[] newVs = Arrays.copyOf(oldVs, oldVs.length + n);
        System.arraycopy(ts, 0, newTs, oldTs.length, n);
        System.arraycopy(vs, 0, newVs, oldVs.length, n);
        timestamps.set(position, newTs);
        values.set(position, newVs);
    }

    int reordered() {
        return reordered;
    }

    int duplicates() {
        return duplicates;
    }

    SampleBatch toBatch() {
        List<SeriesSamples> series = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            series.add(ordered(keys.get(i), timestamps.get(i), values.get(i)));
        }
        return new SampleBatch(series);
    }

    private SeriesSamples ordered(SeriesKey key, long[] ts, double[] vs) {
        if (TimeOrder.isStrictlyIncreasing(ts, ts.length)) {
            return new SeriesSamples(key, ts, vs); // the arrays are this request's own: no copy
        }
        long newest = Long.MIN_VALUE;
        for (long t : ts) {
            if (t < newest) {
                reordered++;
            }
            newest = Math.max(newest, t);
        }
        return TimeOrder.sortedUnique(key, ts, vs, ts.length, (kept, later) -> duplicates++);
    }
}
