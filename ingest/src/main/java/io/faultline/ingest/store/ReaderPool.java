package io.faultline.ingest.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.duckdb.DuckDBConnection;

/**
 * Read connections for concurrent queries. A DuckDB connection must not be used by two threads at
 * once, but connections {@code duplicate()}d from one database share it and may run in parallel
 * (readers see committed data only: MVCC). A thread borrows an idle connection or duplicates a new
 * one, and gives it back afterwards; the pool grows to the number of concurrent readers.
 */
final class ReaderPool implements AutoCloseable {
    /** Both sample tables in one statement, so a compaction running meanwhile is seen whole or not at all. */
    static final String RANGE_SQL = "SELECT ts, value FROM (SELECT ts, value FROM samples WHERE series_id = $1 AND ts >= $2 AND ts < $3"
            + " UNION ALL SELECT ts, value FROM samples_recent WHERE series_id = $1 AND ts >= $2 AND ts < $3) ORDER BY ts";

    /** One read connection with its prepared range query. */
    static final class Reader {
        final DuckDBConnection connection;
        private PreparedStatement range;

        Reader(DuckDBConnection connection) {
            this.connection = connection;
        }

        PreparedStatement range() throws SQLException {
            if (range == null) {
                range = connection.prepareStatement(RANGE_SQL);
            }
            return range;
        }

        void close() {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing is best effort: the database closes with its last connection anyway
            }
        }
    }

    /** A query run on a borrowed reader. */
    @FunctionalInterface
    interface Query<T> {
        T run(Reader reader) throws SQLException;
    }

    private final DuckDBConnection root;
    private final ConcurrentLinkedDeque<Reader> idle = new ConcurrentLinkedDeque<>();

    ReaderPool(DuckDBConnection root) {
        this.root = root;
    }

    <T> T use(Query<T> query) throws SQLException {
        Reader reader = idle.pollFirst();
        if (reader == null) {
            reader = new Reader(root.duplicate());
        }
        boolean healthy = false;
        try {
            T result = query.run(reader);
            healthy = true;
            return result;
        } finally {
            if (healthy) {
                idle.offerFirst(reader);
            } else {
                reader.close();
            }
        }
    }

    /** Closes the idle readers; the caller makes sure no reader is borrowed. */
    @Override
    public void close() {
        for (Reader reader = idle.pollFirst(); reader != null; reader = idle.pollFirst()) {
            reader.close();
        }
    }
}
