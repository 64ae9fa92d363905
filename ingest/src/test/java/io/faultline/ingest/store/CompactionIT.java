package io.faultline.ingest.store;

import static io.faultline.ingest.store.DuckDbMetricStoreTest.CART;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.ORDERS;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.T0;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.batch;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.series;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SeriesSamples;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two sample tables on a real file: compaction moves rows without changing what reads see; v1 files migrate. */
class CompactionIT {
    @TempDir
    Path dir;

    @Test
    void compactedAndRecentSamplesReadAsOneSeries() throws Exception {
        Path file = dir.resolve("compact.duckdb");
        try (DuckDbMetricStore store = DuckDbMetricStore.open(file.toString(), WriteHook.NONE, 10)) {
            store.append(batch(series(CART, T0, 6, 0.0), series(ORDERS, T0, 6, 100.0))); // 12 rows: compacted
            store.append(batch(series(CART, T0 + 6 * 15_000, 3, 6.0)));                  // 3 rows: recent

            SeriesSamples cart = store.read(CART, T0 + 4 * 15_000, T0 + 8 * 15_000);
            assertArrayEquals(new long[] {T0 + 60_000, T0 + 75_000, T0 + 90_000, T0 + 105_000}, cart.timestampsMs());
            assertArrayEquals(new double[] {4, 5, 6, 7}, cart.values());

            store.append(batch(series(CART, T0 + 5 * 15_000, 3, 5.0))); // same values, in both tables: dropped
            assertEquals(15, store.sampleCount());
            assertThrows(InvalidInputException.class, () -> store.append(batch(series(ORDERS, T0 + 15_000, 1, 7.0))));
            assertThrows(InvalidInputException.class, () -> store.append(batch(series(CART, T0 + 7 * 15_000, 1, 0.5))));
            assertEquals(15, store.sampleCount());
        }
        assertEquals(List.of(12L, 3L), rowsPerTable(file));
        try (DuckDbMetricStore store = DuckDbMetricStore.open(file.toString(), WriteHook.NONE, 10)) {
            assertEquals(15, store.sampleCount());
            assertEquals(9, store.read(CART, Long.MIN_VALUE, Long.MAX_VALUE).size());
            assertEquals(0, store.read(CART, Long.MIN_VALUE, T0).size());
            store.append(batch(series(ORDERS, T0 + 6 * 15_000, 7, 106.0))); // 3 + 7 waiting: compacts again
            assertEquals(13, store.read(ORDERS, Long.MIN_VALUE, Long.MAX_VALUE).size());
        }
        assertEquals(List.of(22L, 0L), rowsPerTable(file));
    }

    @Test
    void aVersionOneFileIsMigrated() throws Exception {
        Path file = dir.resolve("v1.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE faultline_schema (version INTEGER NOT NULL)");
            st.execute("INSERT INTO faultline_schema VALUES (1)");
            st.execute("CREATE TABLE series (id INTEGER PRIMARY KEY, metric VARCHAR NOT NULL,"
                    + " labels MAP(VARCHAR, VARCHAR) NOT NULL, key VARCHAR NOT NULL UNIQUE)");
            st.execute("CREATE TABLE samples (series_id INTEGER NOT NULL, ts BIGINT NOT NULL, value DOUBLE NOT NULL)");
            st.execute("INSERT INTO series VALUES (0, 'cpu_usage_ratio', MAP {'service': 'cart'}, '" + CART + "')");
            st.execute("INSERT INTO samples VALUES (0, " + T0 + ", 1.5), (0, " + (T0 + 15_000) + ", 2.5)");
        }
        try (DuckDbMetricStore store = DuckDbMetricStore.open(file.toString())) {
            assertEquals(2, store.sampleCount());
            store.append(batch(series(CART, T0 + 30_000, 1, 3.5)));
            assertArrayEquals(new double[] {1.5, 2.5, 3.5}, store.read(CART, T0, T0 + 45_000).values());
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT version FROM faultline_schema")) {
            rs.next();
            assertEquals(DuckDbSchema.VERSION, rs.getInt(1));
        }
    }

    private static List<Long> rowsPerTable(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM samples), (SELECT count(*) FROM samples_recent)")) {
            rs.next();
            return List.of(rs.getLong(1), rs.getLong(2));
        }
    }
}
