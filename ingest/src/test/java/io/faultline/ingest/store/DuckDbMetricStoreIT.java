package io.faultline.ingest.store;

import static io.faultline.ingest.store.DuckDbMetricStoreTest.CART;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.LATENCY;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.ORDERS;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.T0;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.batch;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.series;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real DuckDB file: reopening, and surviving a killed process. */
class DuckDbMetricStoreIT {
    @TempDir
    Path dir;

    @Test
    void everythingIsThereAfterReopen() {
        Path file = dir.resolve("nested/folders/metrics.duckdb");
        try (DuckDbMetricStore store = DuckDbMetricStore.open(file.toString())) {
            store.append(batch(series(CART, T0, 1000, 0.0), series(ORDERS, T0, 500, 0.0)));
            store.append(batch(series(LATENCY, T0, 10, 100.0), series(CART, T0 + 1000 * 15_000L, 20, 1000.0)));
        }
        assertTrue(Files.exists(file));

        try (DuckDbMetricStore store = DuckDbMetricStore.open(file.toString())) {
            assertEquals(1530, store.sampleCount());
            assertEquals(List.of(CART, ORDERS, LATENCY), store.listSeries(List.of()));
            assertEquals(List.of(LATENCY), store.listSeries(List.of(LabelMatcher.eq("__name__", "request_latency_ms"))));
            SeriesSamples cart = store.read(CART, Long.MIN_VALUE, Long.MAX_VALUE);
            assertEquals(1020, cart.size());
            assertEquals(T0 + 1019 * 15_000L, cart.timestampsMs()[1019]);
            assertEquals(1019.0, cart.values()[1019]);
            assertArrayEquals(series(LATENCY, T0, 10, 100.0).values(), store.read(LATENCY, 0, Long.MAX_VALUE).values());

            // the newest time per series was reloaded: a repeated sample is dropped, a changed one refused
            store.append(batch(series(ORDERS, T0, 1, 0.0)));
            assertEquals(1530, store.sampleCount());
            assertThrows(InvalidInputException.class, () -> store.append(batch(series(ORDERS, T0, 1, 7.0))));
            // series ids were reloaded: old and new series keep working side by side
            store.append(batch(series(ORDERS, T0 + 500 * 15_000L, 5, 500.0),
                    series(LATENCY, T0 + 10 * 15_000L, 1, 0.0), series(SeriesKey.of("up", "service", "cart"), T0, 3, 1.0)));
        }

        try (DuckDbMetricStore store = DuckDbMetricStore.open(file.toString())) {
            assertEquals(1539, store.sampleCount());
            assertEquals(505, store.read(ORDERS, Long.MIN_VALUE, Long.MAX_VALUE).size());
            assertEquals(4, store.listSeries(List.of()).size());
        }
    }

    @Test
    void appendsThatReturnedSurviveKillMinus9() throws Exception {
        Path file = dir.resolve("killed.duckdb");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-cp", classpath, StoreWriterMain.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        try {
            String line = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
                BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                String l;
                while ((l = out.readLine()) != null && !l.startsWith("APPENDED")) {
                    // skip anything the JVM or DuckDB prints first
                }
                return l;
            });
            assertEquals("APPENDED " + (StoreWriterMain.SMALL + StoreWriterMain.LARGE), line);
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close, no checkpoint
            child.waitFor();
        }
        assertEquals(137, child.exitValue());

        try (DuckDbMetricStore store = DuckDbMetricStore.open(file.toString())) {
            assertEquals(StoreWriterMain.SMALL + StoreWriterMain.LARGE, store.sampleCount());
            assertEquals(List.of(CART, ORDERS), store.listSeries(List.of()));
            SeriesSamples orders = store.read(ORDERS, Long.MIN_VALUE, Long.MAX_VALUE);
            assertEquals(StoreWriterMain.LARGE, orders.size());
            assertEquals(StoreWriterMain.LARGE - 1.0, orders.values()[StoreWriterMain.LARGE - 1]);
            assertEquals(StoreWriterMain.SMALL, store.read(CART, Long.MIN_VALUE, Long.MAX_VALUE).size());
        }
    }
}
