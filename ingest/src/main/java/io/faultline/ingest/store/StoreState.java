package io.faultline.ingest.store;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SeriesIndex;
import io.faultline.ingest.format.SeriesKeyParser;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/** Rebuilds the store's in-memory state from an opened file: series ids, newest time per series, sample count. */
final class StoreState {
    private StoreState() {
    }

    /** Interns every stored series under its stored id, and reads the sample count. */
    static void load(Connection connection, SeriesIndex index, AtomicLong sampleCount) throws SQLException {
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, key FROM series ORDER BY id")) {
                while (rs.next()) {
                    int id = rs.getInt(1);
                    String text = rs.getString(2);
                    int interned;
                    try {
                        interned = index.intern(SeriesKeyParser.parse(text));
                    } catch (InvalidInputException e) {
                        throw new StoreException("stored series " + id + " has an unreadable key: " + e.getMessage(), e);
                    }
                    if (interned != id) {
                        throw new StoreException("stored series ids are not dense: expected id " + interned
                                + " for " + text + ", found " + id + " (was the file changed outside Faultline?)");
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM samples")) {
                rs.next();
                sampleCount.set(rs.getLong(1));
            }
        }
    }

    /** The newest stored timestamp of each series id, {@code Long.MIN_VALUE} for none. */
    static long[] newestPerSeries(Connection connection, int seriesCount) throws SQLException {
        long[] newest = grow(new long[0], seriesCount);
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT series_id, max(ts) FROM samples GROUP BY series_id")) {
            while (rs.next()) {
                int id = rs.getInt(1);
                if (id < 0 || id >= seriesCount) {
                    throw new StoreException("stored samples refer to unknown series id " + id);
                }
                newest[id] = rs.getLong(2);
            }
        }
        return newest;
    }

    /** A copy of the array with room for at least {@code size} ids, new slots {@code Long.MIN_VALUE}. */
    static long[] grow(long[] newest, int size) {
        int capacity = Math.max(size, Math.max(16, newest.length * 2));
        long[] grown = Arrays.copyOf(newest, capacity);
        Arrays.fill(grown, newest.length, capacity, Long.MIN_VALUE);
        return grown;
    }
}
