package io.faultline.ingest.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The oldest and newest stored timestamp of each series id. The writer widens them (under the store's
 * write lock) after each commit and before the append returns; readers on any thread consult them to
 * skip queries that cannot return a row: a range outside a series' bounds, as when a series seen for
 * the first time is primed from its (empty) history.
 */
final class SeriesBounds {
    private volatile AtomicLongArray bounds; // [2 id] oldest, [2 id + 1] newest; replaced, never shrunk, when it grows

    private SeriesBounds(int capacity) {
        bounds = empty(capacity, new AtomicLongArray(0));
    }

    /** Reads the bounds of every stored series from both sample tables. */
    static SeriesBounds load(Connection connection, int seriesCount) throws SQLException {
        SeriesBounds b = new SeriesBounds(seriesCount);
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT series_id, min(ts), max(ts) FROM (SELECT series_id, ts FROM samples"
                        + " UNION ALL SELECT series_id, ts FROM samples_recent) GROUP BY series_id")) {
            while (rs.next()) {
                int id = rs.getInt(1);
                if (id < 0 || id >= seriesCount) {
                    throw new StoreException("stored samples refer to unknown series id " + id);
                }
                b.include(id, rs.getLong(2), rs.getLong(3));
            }
        }
        return b;
    }

    /** The newest stored timestamp of the series, {@code Long.MIN_VALUE} when it has none. */
    long newest(int id) {
        AtomicLongArray b = bounds;
        return 2 * id + 1 < b.length() ? b.get(2 * id + 1) : Long.MIN_VALUE;
    }

    /** Whether the series may have samples with {@code fromMs <= t < toMs}. */
    boolean mayHave(int id, long fromMs, long toMs) {
        AtomicLongArray b = bounds;
        return 2 * id + 1 < b.length() && b.get(2 * id) < toMs && b.get(2 * id + 1) >= fromMs;
    }

    /** Widens the bounds of the series to cover {@code [oldestMs, newestMs]}; called by the writer only. */
    void include(int id, long oldestMs, long newestMs) {
        AtomicLongArray b = bounds;
        if (2 * id + 1 >= b.length()) {
            b = empty(Math.max(id + 1, b.length()), b); // doubles the ids it holds
            bounds = b;
        }
        if (oldestMs < b.get(2 * id)) {
            b.set(2 * id, oldestMs);
        }
        if (newestMs > b.get(2 * id + 1)) {
            b.set(2 * id + 1, newestMs);
        }
    }

    private static AtomicLongArray empty(int ids, AtomicLongArray from) {
        int capacity = Math.max(16, ids) * 2;
        AtomicLongArray grown = new AtomicLongArray(capacity);
        for (int i = 0; i < capacity; i += 2) {
            boolean old = i < from.length();
            grown.set(i, old ? from.get(i) : Long.MAX_VALUE);
            grown.set(i + 1, old ? from.get(i + 1) : Long.MIN_VALUE);
        }
        return grown;
    }
}
