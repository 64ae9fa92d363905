package io.faultline.ingest.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DuckDbMetricStoreTest {
    static final long T0 = 1_700_000_000_000L;
    static final SeriesKey CART = SeriesKey.of("cpu_usage_ratio", "service", "cart");
    static final SeriesKey ORDERS = SeriesKey.of("cpu_usage_ratio", "service", "orders");
    static final SeriesKey LATENCY = SeriesKey.of("request_latency_ms", "service", "cart");

    private final DuckDbMetricStore store = DuckDbMetricStore.open(DuckDbMetricStore.IN_MEMORY);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void readsRangesOrderedByTimeWithExclusiveEnd() {
        store.append(batch(series(CART, T0, 5, 0.0), series(ORDERS, T0, 3, 10.0)));
        store.append(batch(series(CART, T0 + 5 * 15_000, 2, 5.0)));

        SeriesSamples cart = store.read(CART, T0 + 15_000, T0 + 6 * 15_000);
        assertArrayEquals(new long[] {T0 + 15_000, T0 + 30_000, T0 + 45_000, T0 + 60_000, T0 + 75_000},
                cart.timestampsMs());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, cart.values());
        assertEquals(3, store.read(ORDERS, Long.MIN_VALUE, Long.MAX_VALUE).size());
        assertEquals(10, store.sampleCount());
    }

    @Test
    void unknownSeriesAndEmptyRangesReadEmpty() {
        store.append(batch(series(CART, T0, 2, 0.0)));
        assertEquals(0, store.read(LATENCY, Long.MIN_VALUE, Long.MAX_VALUE).size());
        assertEquals(0, store.read(CART, T0, T0).size());
        assertEquals(LATENCY, store.read(LATENCY, 0, 1).key());
    }

    @Test
    void listsSeriesByMatchersSorted() {
        store.append(batch(series(ORDERS, T0, 1, 0), series(LATENCY, T0, 1, 0), series(CART, T0, 1, 0)));

        assertEquals(List.of(CART, ORDERS, LATENCY), store.listSeries(List.of()));
        assertEquals(List.of(CART, ORDERS), store.listSeries(List.of(LabelMatcher.eq("__name__", "cpu_usage_ratio"))));
        assertEquals(List.of(ORDERS), store.listSeries(List.of(
                new LabelMatcher("__name__", LabelMatcher.Op.RE, "cpu_.*"),
                new LabelMatcher("service", LabelMatcher.Op.NEQ, "cart"))));
        assertEquals(List.of(), store.listSeries(List.of(new LabelMatcher("service", LabelMatcher.Op.RE, "car"))));
        assertEquals(List.of(ORDERS), store.listSeries(List.of(new LabelMatcher("service", LabelMatcher.Op.NRE, "c.*"))));
        assertEquals(List.of(), store.listSeries(List.of(LabelMatcher.eq("zone", "a"))));
        assertEquals(List.of(CART, ORDERS, LATENCY), store.listSeries(List.of(LabelMatcher.eq("zone", ""))));
    }

    @Test
    void identicalDuplicatesAreDroppedAndOlderSamplesBackfill() {
        store.append(batch(series(CART, T0 + 30_000, 3, 2.0)));
        // a retry overlapping the stored samples with the same values, plus older and newer samples
        store.append(batch(new SeriesSamples(CART, new long[] {T0, T0 + 30_000, T0 + 45_000, T0 + 90_000},
                new double[] {0.0, 2.0, 3.0, 6.0})));

        SeriesSamples cart = store.read(CART, Long.MIN_VALUE, Long.MAX_VALUE);
        assertArrayEquals(new long[] {T0, T0 + 30_000, T0 + 45_000, T0 + 60_000, T0 + 90_000}, cart.timestampsMs());
        assertArrayEquals(new double[] {0, 2, 3, 4, 6}, cart.values());
        assertEquals(5, store.sampleCount());
    }

    @Test
    void aConflictingDuplicateRejectsTheWholeBatch() {
        store.append(batch(series(CART, T0, 3, 0.0)));
        SampleBatch conflicting = batch(series(ORDERS, T0, 2, 0.0),
                new SeriesSamples(CART, new long[] {T0 + 15_000, T0 + 45_000}, new double[] {9.5, 3.0}));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.append(conflicting));
        assertEquals("series cpu_usage_ratio{service=\"cart\"} already has value 1.0 at time 1700000015000,"
                + " the new value is 9.5; a stored sample can only be sent again with the same value", e.getMessage());
        assertEquals(3, store.sampleCount());
        assertEquals(List.of(CART), store.listSeries(List.of()));
        assertEquals(3, store.read(CART, Long.MIN_VALUE, Long.MAX_VALUE).size());
    }

    @Test
    void rejectsUnorderedAndRepeatedSeries() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.append(batch(
                new SeriesSamples(CART, new long[] {T0, T0}, new double[] {1, 1}))));
        assertEquals("samples of cpu_usage_ratio{service=\"cart\"} must have strictly increasing timestamps,"
                + " index 1 has 1700000000000 after 1700000000000", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> store.append(batch(
                series(CART, T0, 1, 0), series(CART, T0 + 60_000, 1, 0))));
        assertEquals("batch has series cpu_usage_ratio{service=\"cart\"} twice; merge its samples into one", e.getMessage());
        assertEquals(0, store.sampleCount());
    }

    @Test
    void emptySeriesAreNotRegistered() {
        store.append(batch(new SeriesSamples(CART, new long[0], new double[0])));
        assertEquals(List.of(), store.listSeries(List.of()));
        assertEquals(0, store.sampleCount());
    }

    @Test
    void aClosedStoreRefusesWork() {
        store.close();
        store.close(); // idempotent
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> store.append(batch(series(CART, T0, 1, 0))));
        assertEquals("the metric store is closed", e.getMessage());
    }

    /** {@code count} samples 15 s apart from {@code start}, values {@code first, first+1, ...}. */
    static SeriesSamples series(SeriesKey key, long start, int count, double first) {
        long[] ts = new long[count];
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            ts[i] = start + i * 15_000L;
            values[i] = first + i;
        }
        return new SeriesSamples(key, ts, values);
    }

    static SampleBatch batch(SeriesSamples... series) {
        return new SampleBatch(List.of(series));
    }
}
