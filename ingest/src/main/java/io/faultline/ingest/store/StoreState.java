package io.faultline.ingest.store;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SeriesIndex;
import io.faultline.ingest.format.SeriesKeyParser;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/** Rebuilds the store's in-memory state from an opened file: series ids, sample count. */
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
            try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM samples) + (SELECT count(*) FROM samples_recent)")) {
                rs.next();
                sampleCount.set(rs.getLong(1));
            }
        }
    }
}
