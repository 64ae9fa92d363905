package io.faultline.api.incident;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of incidents and change events, created when missing next to the metric store's own.
 * An incident row keeps the latest snapshot as JSON plus the columns the list filters on;
 * {@code components} is the affected components as {@code ,a,b,} so one can be matched exactly.
 */
final class IncidentTables {
    private static final String[] DDL = {
        """
        CREATE TABLE IF NOT EXISTS incidents (
            id VARCHAR PRIMARY KEY, status VARCHAR NOT NULL, opened_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL, resolved_at BIGINT NOT NULL, components VARCHAR NOT NULL,
            snapshot VARCHAR NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS incident_timeline (
            incident_id VARCHAR NOT NULL, seq INTEGER NOT NULL, at_ms BIGINT NOT NULL, from_status VARCHAR,
            to_status VARCHAR NOT NULL, cause VARCHAR NOT NULL, actor VARCHAR NOT NULL,
            PRIMARY KEY (incident_id, seq))""",
        """
        CREATE TABLE IF NOT EXISTS incident_annotations (
            incident_id VARCHAR NOT NULL, seq INTEGER NOT NULL, at_ms BIGINT NOT NULL, actor VARCHAR NOT NULL,
            text VARCHAR NOT NULL, confirmed_root_cause VARCHAR, PRIMARY KEY (incident_id, seq))""",
        """
        CREATE TABLE IF NOT EXISTS change_events (
            component VARCHAR NOT NULL, id VARCHAR NOT NULL, kind VARCHAR NOT NULL, at_ms BIGINT NOT NULL,
            version VARCHAR NOT NULL, description VARCHAR NOT NULL, received_at BIGINT NOT NULL,
            PRIMARY KEY (component, id))""",
        "CREATE INDEX IF NOT EXISTS change_events_at ON change_events (at_ms)"
    };

    private IncidentTables() {
    }

    static void create(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String ddl : DDL) {
                st.execute(ddl);
            }
        }
    }
}
