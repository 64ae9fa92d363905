package io.faultline.api.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.faultline.ingest.store.StoreException;
import io.faultline.rca.Incident;
import io.faultline.rca.IncidentStatus;
import io.faultline.rca.incident.Transition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Incidents, their timelines and annotations in DuckDB, on a connection of its own to the metric
 * store's database. Each call is one statement or one transaction and durable when it returns.
 * Thread-safe: calls are serialised on the connection (they are small and rare next to ingest).
 */
public final class IncidentRepository implements AutoCloseable {
    /** affectedComponents is derived: skipped when reading, never filled through its getter. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.USE_GETTERS_AS_SETTERS).build();
    private static final String UNRESOLVED_FIRST = " ORDER BY (resolved_at = 0) DESC,"
            + " CASE WHEN resolved_at = 0 THEN opened_at ELSE -resolved_at END, id";

    private final Connection connection;

    /** Takes ownership of {@code connection} and creates the tables when missing. */
    public IncidentRepository(Connection connection) {
        this.connection = connection;
        try {
            IncidentTables.create(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot create the incident tables: " + e.getMessage(), e);
        }
    }

    /** Inserts or replaces the incident's row with this snapshot. */
    public synchronized void save(Incident incident) {
        String sql = "INSERT OR REPLACE INTO incidents VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, incident.id());
            ps.setString(2, incident.status().name());
            ps.setLong(3, incident.openedAtMs());
            ps.setLong(4, incident.updatedAtMs());
            ps.setLong(5, incident.resolvedAtMs());
            ps.setString(6, "," + String.join(",", incident.affectedComponents()) + ",");
            ps.setString(7, JSON.writeValueAsString(incident));
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("saving incident " + incident.id() + " failed: " + e.getMessage(), e);
        }
    }

    /** Appends one step to the incident's timeline. */
    public synchronized void append(String incidentId, Transition t) {
        String sql = "INSERT INTO incident_timeline SELECT ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ?"
                + " FROM incident_timeline WHERE incident_id = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, incidentId);
            ps.setLong(2, t.atMs());
            ps.setString(3, t.from() == null ? null : t.from().name());
            ps.setString(4, t.to().name());
            ps.setString(5, t.cause());
            ps.setString(6, t.actor());
            ps.setString(7, incidentId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saving the timeline of incident " + incidentId + " failed: " + e.getMessage(), e);
        }
    }

    /** Appends an annotation. */
    public synchronized void annotate(String incidentId, Annotation a) {
        String sql = "INSERT INTO incident_annotations SELECT ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?"
                + " FROM incident_annotations WHERE incident_id = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, incidentId);
            ps.setLong(2, a.atMs());
            ps.setString(3, a.actor());
            ps.setString(4, a.text());
            ps.setString(5, a.confirmedRootCause());
            ps.setString(6, incidentId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saving an annotation of incident " + incidentId + " failed: " + e.getMessage(), e);
        }
    }

    public synchronized Optional<Incident> find(String id) {
        List<Incident> found = query("SELECT snapshot FROM incidents WHERE id = ?", List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Unresolved incidents first (oldest opening first), then resolved ones, latest resolution first. */
    public synchronized List<Incident> list(IncidentFilter f) {
        StringBuilder sql = new StringBuilder("SELECT snapshot FROM incidents WHERE true");
        List<Object> args = new ArrayList<>();
        if (f.status() != null) {
            sql.append(" AND status = ?");
            args.add(f.status().name());
        }
        if (f.component() != null) {
            sql.append(" AND contains(components, ?)");
            args.add("," + f.component() + ",");
        }
        if (f.toMs() != null) {
            sql.append(" AND opened_at <= ?");
            args.add(f.toMs());
        }
        if (f.fromMs() != null) {
            sql.append(" AND (resolved_at = 0 OR resolved_at >= ?)");
            args.add(f.fromMs());
        }
        if (f.confirmed() != null) {
            sql.append(f.confirmed() ? " AND" : " AND NOT").append(" EXISTS (SELECT 1 FROM incident_annotations a"
                    + " WHERE a.incident_id = incidents.id AND a.confirmed_root_cause IS NOT NULL)");
        }
        sql.append(UNRESOLVED_FIRST).append(" LIMIT ").append(f.limit());
        return query(sql.toString(), args);
    }

    /** Unresolved incidents and the {@code resolvedLimit} latest resolved ones, as saved: what a restart restores. */
    public synchronized List<Incident> restorable(int resolvedLimit) {
        List<Incident> out = new ArrayList<>(query("SELECT snapshot FROM incidents WHERE resolved_at = 0"
                + UNRESOLVED_FIRST, List.of()));
        out.addAll(query("SELECT snapshot FROM incidents WHERE resolved_at <> 0" + UNRESOLVED_FIRST
                + " LIMIT " + Math.max(0, resolvedLimit), List.of()));
        return out;
    }

    public synchronized List<Transition> timeline(String id) {
        String sql = "SELECT at_ms, from_status, to_status, cause, actor FROM incident_timeline WHERE incident_id = ? ORDER BY seq";
        List<Transition> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString(2);
                    out.add(new Transition(rs.getLong(1), from == null ? null : IncidentStatus.valueOf(from),
                            IncidentStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading the timeline of incident " + id + " failed: " + e.getMessage(), e);
        }
        return out;
    }

    public synchronized List<Annotation> annotations(String id) {
        String sql = "SELECT at_ms, actor, text, confirmed_root_cause FROM incident_annotations WHERE incident_id = ? ORDER BY seq";
        List<Annotation> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Annotation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading the annotations of incident " + id + " failed: " + e.getMessage(), e);
        }
        return out;
    }

    private List<Incident> query(String sql, List<?> args) {
        List<Incident> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(JSON.readValue(rs.getString(1), Incident.class));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("reading incidents failed: " + e.getMessage(), e);
        }
        return out;
    }

    /** Closes the connection; call before closing the metric store. */
    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing the incident repository failed: " + e.getMessage(), e);
        }
    }
}
