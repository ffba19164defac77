package gov.bureau.portal.ops;

import org.flywaydb.core.api.MigrationVersion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the operations commands read of the schema itself. */
final class Schema {

    static final String HISTORY = "flyway_schema_history";

    private Schema() {
    }

    static String quote(String identifier) {
        if (!identifier.matches("[A-Za-z0-9_]+")) {
            throw new OpsException("unexpected identifier " + identifier);
        }
        return "`" + identifier + "`";
    }

    /** The base tables of the current schema, by name. */
    static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** The columns that hold data (generated columns are computed again by the server). */
    static List<String> storedColumns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name, extra FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String extra = rs.getString(2) == null ? "" : rs.getString(2).toUpperCase();
                    if (!extra.contains("GENERATED")) {
                        columns.add(rs.getString(1));
                    }
                }
            }
        }
        return columns;
    }

    /** The newest migration applied successfully, or empty without a Flyway history. */
    static Optional<String> version(Connection c) throws SQLException {
        if (!tables(c).contains(HISTORY)) {
            return Optional.empty();
        }
        MigrationVersion newest = null;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM " + HISTORY + " WHERE success = 1 AND version IS NOT NULL")) {
            while (rs.next()) {
                MigrationVersion v = MigrationVersion.fromVersion(rs.getString(1));
                if (newest == null || v.compareTo(newest) > 0) {
                    newest = v;
                }
            }
        }
        return Optional.ofNullable(newest).map(MigrationVersion::getVersion);
    }
}
