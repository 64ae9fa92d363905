package io.faultline.ingest.store;

import static io.faultline.ingest.store.DuckDbMetricStoreTest.CART;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.LATENCY;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.ORDERS;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.T0;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.batch;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.SampleBatch;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A batch that fails halfway through the appenders leaves nothing behind, in the database or in memory. */
class AtomicAppendTest {
    private boolean failAtSecondSeries;

    @Test
    void aBatchFailingMidwayIsRolledBackWhole() {
        SQLException injected = new SQLException("injected failure");
        try (DuckDbMetricStore store = DuckDbMetricStore.open(DuckDbMetricStore.IN_MEMORY, position -> {
            if (failAtSecondSeries && position == 1) {
                throw injected;
            }
        })) {
            store.append(batch(series(CART, T0, 10, 0.0)));
            // 5000 rows of an existing series go through the appender, then a new series, then the failure;
            // a third new series never gets written. Without the transaction, closing the appender on the
            // way out would commit the first 5000 rows (checked by removing BEGIN/COMMIT/ROLLBACK).
            SampleBatch doomed = batch(series(CART, T0 + 10 * 15_000, 5000, 10.0), series(ORDERS, T0, 100, 0.0),
                    series(LATENCY, T0, 100, 0.0));
            failAtSecondSeries = true;

            StoreException e = assertThrows(StoreException.class, () -> store.append(doomed));
            assertEquals("append failed: injected failure", e.getMessage());
            assertSame(injected, e.getCause());
            assertEquals(10, store.sampleCount());
            assertEquals(10, store.read(CART, Long.MIN_VALUE, Long.MAX_VALUE).size());
            assertEquals(0, store.read(ORDERS, Long.MIN_VALUE, Long.MAX_VALUE).size());
            assertEquals(List.of(CART), store.listSeries(List.of()));

            // the same batch goes through once the fault is gone, and the series ids left free are reused
            failAtSecondSeries = false;
            store.append(doomed);
            assertEquals(5210, store.sampleCount());
            assertEquals(5010, store.read(CART, Long.MIN_VALUE, Long.MAX_VALUE).size());
            assertEquals(100, store.read(ORDERS, Long.MIN_VALUE, Long.MAX_VALUE).size());
            assertEquals(List.of(CART, ORDERS, LATENCY), store.listSeries(List.of()));
        }
    }
}
