package io.faultline.api.recovery;

import io.faultline.rca.RecoveryKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The recovery audit log, a table {@code recovery_audit} in the same DuckDB file as the metric store
 * ({@code storage.path}). DuckDB's JDBC driver shares one database instance among the connections a
 * process opens on the same file, so this log opens its own connection by path rather than borrowing
 * the store's; each append is its own committed transaction. With {@code :memory:} the log lives in a
 * separate in-memory database and is lost on exit, like the samples.
 */
public final class RecoveryAuditLog implements AutoCloseable {
    private static final String[] DDL = {
        "CREATE SEQUENCE IF NOT EXISTS recovery_audit_id",
        "CREATE TABLE IF NOT EXISTS recovery_audit (id BIGINT PRIMARY KEY DEFAULT nextval('recovery_audit_id'),"
                + " at_ms BIGINT NOT NULL, incident_id VARCHAR NOT NULL, component VARCHAR NOT NULL, kind VARCHAR,"
                + " event VARCHAR NOT NULL, outcome VARCHAR NOT NULL, reason VARCHAR NOT NULL, actor VARCHAR NOT NULL,"
                + " executor VARCHAR, dry_run BOOLEAN NOT NULL, confidence DOUBLE)",
    };
    private static final String COLUMNS = "id, at_ms, incident_id, component, kind, event, outcome, reason, actor, executor, dry_run, confidence";

    private final Connection connection;

    private RecoveryAuditLog(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement st = connection.createStatement()) {
            for (String ddl : DDL) {
                st.execute(ddl);
            }
        }
    }

    /** Opens (creating the table when missing) the log in the DuckDB file at the path, or {@code :memory:}. */
    public static RecoveryAuditLog open(String pathOrMemory) {
        Connection c = connect(pathOrMemory, "the recovery audit log");
        try {
            return new RecoveryAuditLog(c);
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("cannot open the recovery audit log in " + pathOrMemory + ": " + e.getMessage(), e);
        }
    }

    /**
     * A connection to the DuckDB file at the path (the same database instance as the metric store's),
     * or to a new in-memory database for {@code :memory:}.
     */
    static Connection connect(String pathOrMemory, String what) {
        String url = "jdbc:duckdb:";
        if (!":memory:".equals(pathOrMemory)) {
            Path file = Path.of(pathOrMemory).toAbsolutePath(); // the same key the metric store opens, so one instance
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the folder of " + file, e);
            }
            url += file;
        }
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + what + " in " + pathOrMemory + ": " + e.getMessage(), e);
        }
    }

    /** Stores the entry (its id is ignored) and returns it with the id it got. */
    public synchronized AuditEntry append(AuditEntry e) {
        String sql = "INSERT INTO recovery_audit (" + COLUMNS.substring(4) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, e.atMs());
            ps.setString(2, e.incidentId());
            ps.setString(3, e.component());
            ps.setString(4, e.kind() == null ? null : e.kind().name());
            ps.setString(5, e.event().name());
            ps.setString(6, e.outcome());
            ps.setString(7, e.reason());
            ps.setString(8, e.actor());
            ps.setString(9, e.executor());
            ps.setBoolean(10, e.dryRun());
            if (e.confidence() == null) {
                ps.setNull(11, Types.DOUBLE);
            } else {
                ps.setDouble(11, e.confidence());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return e.withId(rs.getLong(1));
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot write the recovery audit log: " + ex.getMessage(), ex);
        }
    }

    /** The newest {@code limit} entries, newest first, of one incident or (null) of all. */
    public synchronized List<AuditEntry> list(String incidentId, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM recovery_audit"
                + (incidentId == null ? "" : " WHERE incident_id = ?") + " ORDER BY id DESC LIMIT ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            if (incidentId != null) {
                ps.setString(i++, incidentId);
            }
            ps.setInt(i, limit);
            List<AuditEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot read the recovery audit log: " + ex.getMessage(), ex);
        }
    }

    /** Times of the actions executed (successfully or not, not dry runs, not undos) on a component since a time. */
    public synchronized List<Long> executedSince(String component, long sinceMs) {
        String sql = "SELECT at_ms FROM recovery_audit WHERE event = 'EXECUTION' AND component = ? AND at_ms >= ? ORDER BY at_ms";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, component);
            ps.setLong(2, sinceMs);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot read the recovery audit log: " + ex.getMessage(), ex);
        }
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        String kind = rs.getString(5);
        double confidence = rs.getDouble(12);
        Double conf = rs.wasNull() ? null : confidence;
        return new AuditEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                kind == null ? null : RecoveryKind.valueOf(kind), AuditEntry.Event.valueOf(rs.getString(6)),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getBoolean(11), conf);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("closing the recovery audit log failed: " + e.getMessage(), e);
        }
    }
}
