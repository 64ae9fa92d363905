package io.faultline.ingest.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Moves every row of {@code samples_recent} into {@code samples}, sorted by series and time, in one
 * transaction. Appends arrive interleaved across series (every series' next points, then the next),
 * so without this every row group of the table holds every series and a read of one series scans all
 * of them; after it, each series of a compacted run sits in one or two row groups that the zone map
 * on {@code series_id} picks out. A run of a million rows keeps the runs few (reads touch one or two
 * row groups per run) while the sort stays a fraction of the time the rows took to arrive.
 *
 * <p>The move is atomic: a killed process leaves the rows in {@code samples_recent}, and readers see
 * them in exactly one of the two tables, since every read queries both in one statement.
 */
final class Compaction {
    /** Rows in {@code samples_recent} that trigger a compaction after an append. */
    static final long DEFAULT_ROWS = 1_000_000;

    private Compaction() {
    }

    static void run(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("BEGIN TRANSACTION");
            try {
                st.execute("INSERT INTO samples SELECT series_id, ts, value FROM samples_recent ORDER BY series_id, ts");
                st.execute("DELETE FROM samples_recent");
                st.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                try {
                    st.execute("ROLLBACK");
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        }
    }

    /** Rows waiting in {@code samples_recent}. */
    static long pendingRows(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                var rs = st.executeQuery("SELECT count(*) FROM samples_recent")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
