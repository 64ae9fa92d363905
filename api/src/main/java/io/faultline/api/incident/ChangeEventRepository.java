package io.faultline.api.incident;

import io.faultline.ingest.store.StoreException;
import io.faultline.rca.change.ChangeEvent;
import io.faultline.rca.change.ChangeKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Change events in DuckDB, keyed by component and id, on a connection of its own to the metric
 * store's database. Thread-safe: calls are serialised on the connection.
 */
public final class ChangeEventRepository implements AutoCloseable {
    private final Connection connection;

    /** Takes ownership of {@code connection} and creates the tables when missing. */
    public ChangeEventRepository(Connection connection) {
        this.connection = connection;
        try {
            IncidentTables.create(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot create the change event table: " + e.getMessage(), e);
        }
    }

    /**
     * Stores the event unless one with its component and id exists.
     *
     * @return the event already stored under that component and id, if any (then nothing was written)
     */
    public synchronized Optional<ChangeEvent> insertIfAbsent(ChangeEvent e, long receivedAtMs) {
        Optional<ChangeEvent> existing = find(e.component(), e.id());
        if (existing.isPresent()) {
            return existing;
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO change_events VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, e.component());
            ps.setString(2, e.id());
            ps.setString(3, e.kind().name());
            ps.setLong(4, e.atMs());
            ps.setString(5, e.version());
            ps.setString(6, e.description());
            ps.setLong(7, receivedAtMs);
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new StoreException("saving change " + e.id() + " of " + e.component() + " failed: " + ex.getMessage(), ex);
        }
        return Optional.empty();
    }

    public synchronized Optional<ChangeEvent> find(String component, String id) {
        List<ChangeEvent> found = query("SELECT * FROM change_events WHERE component = ? AND id = ?", List.of(component, id), 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Changes with {@code fromMs <= at <= toMs}, of one component when it is not null, oldest first. */
    public synchronized List<ChangeEvent> list(String component, long fromMs, long toMs, int limit) {
        String sql = "SELECT * FROM change_events WHERE at_ms >= ? AND at_ms <= ?" + (component == null ? "" : " AND component = ?")
                + " ORDER BY at_ms, component, id";
        List<Object> args = new ArrayList<>(List.of(fromMs, toMs));
        if (component != null) {
            args.add(component);
        }
        return query(sql, args, limit);
    }

    private List<ChangeEvent> query(String sql, List<?> args, int limit) {
        List<ChangeEvent> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql + " LIMIT " + limit)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ChangeEvent(rs.getString("id"), rs.getString("component"),
                            ChangeKind.valueOf(rs.getString("kind")), rs.getLong("at_ms"), rs.getString("version"),
                            rs.getString("description")));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading change events failed: " + e.getMessage(), e);
        }
        return out;
    }

    /** Closes the connection; call before closing the metric store. */
    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing the change event repository failed: " + e.getMessage(), e);
        }
    }
}
