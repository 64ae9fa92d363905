package io.faultline.ingest.store;

import static io.faultline.ingest.store.DuckDbMetricStoreTest.CART;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.ORDERS;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.T0;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.batch;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.series;

/**
 * Run as a separate process by {@link DuckDbMetricStoreIT}: appends a small and a large batch, reports
 * that the appends returned, and then waits to be killed without closing the store.
 */
public final class StoreWriterMain {
    static final int SMALL = 100;
    static final int LARGE = 300_000;

    private StoreWriterMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        DuckDbMetricStore store = DuckDbMetricStore.open(args[0]);
        store.append(batch(series(CART, T0, SMALL, 0.0)));
        store.append(batch(series(ORDERS, T0, LARGE, 0.0)));
        System.out.println("APPENDED " + store.sampleCount());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
