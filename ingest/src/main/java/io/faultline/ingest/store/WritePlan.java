package io.faultline.ingest.store;

import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesIndex;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one append will write: the non-empty series of the batch with their ids (series not yet in the
 * index get the next free ids, in batch order, published only after the commit) and, per series, the
 * samples to leave out because the same sample is already stored.
 */
final class WritePlan {
    final SeriesSamples[] series;
    final int[] ids;
    final int firstNewId;
    final List<SeriesKey> newKeys = new ArrayList<>();
    private final BitSet[] skip;
    private long skipped;

    private WritePlan(SeriesSamples[] series, int[] ids, int firstNewId) {
        this.series = series;
        this.ids = ids;
        this.firstNewId = firstNewId;
        this.skip = new BitSet[series.length];
    }

    /** Checks that each series is ordered by time and appears once, and assigns the ids. */
    static WritePlan of(SampleBatch batch, SeriesIndex index) {
        return of(batch, index, index.size());
    }

    /**
     * As above, giving series new to the index the ids from {@code firstNewId} on (past the new series
     * of the batches planned before it in the same transaction).
     */
    static WritePlan of(SampleBatch batch, SeriesIndex index, int firstNewId) {
        List<SeriesSamples> nonEmpty = new ArrayList<>();
        for (SeriesSamples s : batch.series()) {
            if (s.size() > 0) {
                nonEmpty.add(s);
            }
        }
        WritePlan plan = new WritePlan(nonEmpty.toArray(new SeriesSamples[0]), new int[nonEmpty.size()], firstNewId);
        // a series twice: known series by their id (a bit each), new ones by key (few after the first requests)
        BitSet knownSeen = new BitSet();
        Map<SeriesKey, Integer> newPositions = new HashMap<>();
        for (int i = 0; i < plan.series.length; i++) {
            SeriesSamples s = plan.series[i];
            checkOrdered(s);
            int id = index.find(s.key());
            boolean twice;
            if (id == SeriesIndex.ABSENT) {
                id = plan.firstNewId + plan.newKeys.size();
                twice = newPositions.putIfAbsent(s.key(), i) != null;
                if (!twice) {
                    plan.newKeys.add(s.key());
                }
            } else {
                twice = knownSeen.get(id);
                knownSeen.set(id);
            }
            if (twice) {
                throw new IllegalArgumentException("batch has series " + s.key() + " twice; merge its samples into one");
            }
            plan.ids[i] = id;
        }
        return plan;
    }

    private static void checkOrdered(SeriesSamples s) {
        long[] ts = s.timestampsMs();
        for (int j = 1; j < ts.length; j++) {
            if (ts[j] <= ts[j - 1]) {
                throw new IllegalArgumentException("samples of " + s.key() + " must have strictly increasing timestamps,"
                        + " index " + j + " has " + ts[j] + " after " + ts[j - 1]);
            }
        }
    }

    boolean isNew(int position) {
        return ids[position] >= firstNewId;
    }

    /** Leaves sample {@code j} of the series at {@code position} out of the write. */
    void skip(int position, int j) {
        if (skip[position] == null) {
            skip[position] = new BitSet(series[position].size());
        }
        if (!skip[position].get(j)) {
            skip[position].set(j);
            skipped++;
        }
    }

    /** The samples of a series to leave out, or null when all are written. */
    BitSet skipped(int position) {
        return skip[position];
    }

    long samplesToWrite() {
        long n = 0;
        for (SeriesSamples s : series) {
            n += s.size();
        }
        return n - skipped;
    }
}
