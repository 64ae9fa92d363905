package io.faultline.api.recovery;

import io.faultline.rca.RecoveryAction;
import io.faultline.rca.RecoveryKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The verifications still due, a table {@code recovery_pending} next to {@code recovery_audit} in
 * the store's DuckDB file: a row is written when an action is executed and deleted when its
 * verification is decided, so a restarted server resumes the ones in between. An undo step is code
 * and cannot be saved: only its description is, so that an escalation after a restart can say it
 * was not run.
 */
public final class PendingVerificationLog implements AutoCloseable {
    private static final String DDL = "CREATE TABLE IF NOT EXISTS recovery_pending (execution_id BIGINT PRIMARY KEY,"
            + " incident_id VARCHAR NOT NULL, component VARCHAR NOT NULL, kind VARCHAR NOT NULL, rationale VARCHAR,"
            + " risk VARCHAR, executor VARCHAR, mark BIGINT NOT NULL, deadline_ms BIGINT NOT NULL, undo VARCHAR)";

    private final Connection connection;

    private PendingVerificationLog(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement st = connection.createStatement()) {
            st.execute(DDL);
        }
    }

    /** Opens (creating the table when missing) the log in the DuckDB file at the path, or {@code :memory:}. */
    public static PendingVerificationLog open(String pathOrMemory) {
        Connection c = RecoveryAuditLog.connect(pathOrMemory, "the pending recovery verifications");
        try {
            return new PendingVerificationLog(c);
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("cannot open the pending recovery verifications in " + pathOrMemory + ": "
                    + e.getMessage(), e);
        }
    }

    public synchronized void add(PendingVerification p) {
        String sql = "INSERT INTO recovery_pending VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, p.executionId());
            ps.setString(2, p.incidentId());
            ps.setString(3, p.action().target());
            ps.setString(4, p.action().kind().name());
            ps.setString(5, p.action().rationale());
            ps.setString(6, p.action().risk());
            ps.setString(7, p.executor());
            ps.setLong(8, p.mark());
            ps.setLong(9, p.deadlineMs());
            if (p.undoDescription() == null) {
                ps.setNull(10, Types.VARCHAR);
            } else {
                ps.setString(10, p.undoDescription());
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save a pending recovery verification: " + e.getMessage(), e);
        }
    }

    public synchronized void remove(long executionId) {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM recovery_pending WHERE execution_id = ?")) {
            ps.setLong(1, executionId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete a pending recovery verification: " + e.getMessage(), e);
        }
    }

    /** Every pending verification, oldest execution first. */
    public synchronized List<PendingVerification> all() {
        List<PendingVerification> out = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM recovery_pending ORDER BY execution_id")) {
            while (rs.next()) {
                out.add(new PendingVerification(rs.getLong(1), rs.getString(2), new RecoveryAction(
                        RecoveryKind.valueOf(rs.getString(4)), rs.getString(3), rs.getString(5), rs.getString(6)),
                        rs.getString(7), rs.getLong(8), rs.getLong(9), rs.getString(10)));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the pending recovery verifications: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("closing the pending recovery verifications failed: " + e.getMessage(), e);
        }
    }
}
