package io.faultline.ingest.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of the store. {@code series} maps the dense id to the key, with the metric and the labels
 * (a MAP, so SQL users can write {@code labels['service']}) and the key's text form, which is what the
 * store reads back on open. Samples are one row each, time as Unix milliseconds, in two tables:
 * appends go to {@code samples_recent}, and {@link Compaction} moves them in bulk into {@code samples}
 * ordered by series and time, so the zone maps of {@code samples} let a read of one series skip almost
 * every row group. A sample is in exactly one of the two; SQL users read both
 * ({@code SELECT * FROM samples UNION ALL SELECT * FROM samples_recent}).
 * {@code faultline_schema} records the layout version so a later layout can migrate older files.
 *
 * <p>Version 2 added {@code samples_recent}; a version 1 file is migrated on open (its {@code samples}
 * stay where they are, unsorted, which is still correct, only slower to read).
 */
final class DuckDbSchema {
    static final int VERSION = 2;
    static final String SAMPLES_DDL = " (series_id INTEGER NOT NULL, ts BIGINT NOT NULL, value DOUBLE NOT NULL)";

    private static final String[] DDL = {
        "CREATE TABLE IF NOT EXISTS faultline_schema (version INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS series (id INTEGER PRIMARY KEY, metric VARCHAR NOT NULL,"
                + " labels MAP(VARCHAR, VARCHAR) NOT NULL, key VARCHAR NOT NULL UNIQUE)",
        "CREATE TABLE IF NOT EXISTS samples" + SAMPLES_DDL,
        "CREATE TABLE IF NOT EXISTS samples_recent" + SAMPLES_DDL,
    };

    private DuckDbSchema() {
    }

    /** Creates the tables of a new file, or checks the version of an existing one. */
    static void createOrCheck(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("BEGIN TRANSACTION");
            try {
                for (String ddl : DDL) {
                    st.execute(ddl);
                }
                Integer version = null;
                try (ResultSet rs = st.executeQuery("SELECT max(version) FROM faultline_schema")) {
                    if (rs.next()) {
                        int v = rs.getInt(1);
                        version = rs.wasNull() ? null : v;
                    }
                }
                if (version == null) {
                    st.execute("INSERT INTO faultline_schema VALUES (" + VERSION + ")");
                } else if (version == 1) { // the DDL above has just added samples_recent
                    st.execute("UPDATE faultline_schema SET version = " + VERSION);
                } else if (version != VERSION) {
                    throw new StoreException("the database has layout version " + version
                            + ", this build reads version " + VERSION);
                }
                st.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                st.execute("ROLLBACK");
                throw e;
            }
        }
    }
}
