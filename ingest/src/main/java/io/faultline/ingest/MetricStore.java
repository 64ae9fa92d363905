package io.faultline.ingest;

import java.util.List;

/**
 * Durable storage of samples. Implementations are safe for concurrent use; an append is atomic
 * (a batch is stored whole or not at all) and durable once it returns.
 */
public interface MetricStore extends AutoCloseable {

    /** Stores every sample of the batch, or none of them if it throws. */
    void append(SampleBatch batch);

    /** Samples of one series with {@code fromMs <= t < toMs}, ordered by time; empty when unknown. */
    SeriesSamples read(SeriesKey key, long fromMs, long toMs);

    /**
     * The samples of each key with {@code fromMs <= t < toMs}, in the order of {@code keys}, as
     * {@link #read} gives them one by one; a store may read them all in one pass.
     */
    default List<SeriesSamples> readAll(List<SeriesKey> keys, long fromMs, long toMs) {
        List<SeriesSamples> result = new java.util.ArrayList<>(keys.size());
        for (SeriesKey key : keys) {
            result.add(read(key, fromMs, toMs));
        }
        return result;
    }

    /** Every stored series that satisfies all matchers (all series when the list is empty), sorted. */
    List<SeriesKey> listSeries(List<LabelMatcher> matchers);

    /** Total number of stored samples. */
    long sampleCount();

    @Override
    void close();
}
