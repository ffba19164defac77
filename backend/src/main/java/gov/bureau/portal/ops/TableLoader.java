package gov.bureau.portal.ops;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/** {@link Restore}'s loading of the archive's tables into an empty schema; {@link #loadTables} runs once per connection. */
final class TableLoader {

    /**
     * Rows per multi-row INSERT (rewriteBatchedStatements) and per commit; system property
     * {@code portal.restore.batch} (for measurements).
     */
    final int batch = Integer.getInteger("portal.restore.batch", 1000);
    /**
     * From this many rows, a table's secondary indexes are dropped before its rows are loaded and built
     * again after: one sorted build per index instead of a random insert per row and index. System property
     * {@code portal.restore.defer-indexes-from} (for measurements and tests).
     */
    final long deferIndexesFrom = Long.getLong("portal.restore.defer-indexes-from", 20_000);

    /** Loads tables from the queue on one connection until it is empty. */
    void loadTables(Connection c, ZipFile zip, Queue<Manifest.Table> queue) throws SQLException, IOException {
        try (Statement st = c.createStatement()) {
            st.execute("SET FOREIGN_KEY_CHECKS = 0");
            st.execute("SET UNIQUE_CHECKS = 0");
        }
        c.setAutoCommit(false);
        Manifest.Table t;
        while ((t = queue.poll()) != null) {
            if (count(c, t.name()) > 0) {
                try (Statement st = c.createStatement()) {
                    st.execute("DELETE FROM " + Schema.quote(t.name())); // rows the migrations seeded
                }
            }
            List<String> deferred = t.rows() >= deferIndexesFrom ? dropSecondaryIndexes(c, t.name()) : List.of();
            loadTable(c, zip, t);
            if (!deferred.isEmpty()) {
                try (Statement st = c.createStatement()) {
                    st.execute("ALTER TABLE " + Schema.quote(t.name()) + " " + String.join(", ", deferred));
                }
            }
        }
        c.commit();
    }

    private static final Pattern SECONDARY_INDEX =
            Pattern.compile("^\\s*KEY\\s+(`(?:[^`]|``)+`)\\s*\\(.*?,?$");

    /**
     * Drops the plain secondary indexes ({@code KEY}, not PRIMARY, UNIQUE, FULLTEXT) of an empty table and
     * answers the {@code ADD} clauses that build them again, exactly as {@code SHOW CREATE TABLE} wrote them.
     * An index a foreign key needs cannot be dropped and is kept.
     */
    static List<String> dropSecondaryIndexes(Connection c, String table) throws SQLException {
        String create;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + Schema.quote(table))) {
            rs.next();
            create = rs.getString(2);
        }
        List<String> readd = new ArrayList<>();
        for (String line : create.split("\n")) {
            Matcher m = SECONDARY_INDEX.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String definition = line.trim();
            if (definition.endsWith(",")) {
                definition = definition.substring(0, definition.length() - 1);
            }
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE " + Schema.quote(table) + " DROP INDEX " + m.group(1));
                readd.add("ADD " + definition);
            } catch (SQLException neededByAForeignKey) {
                // kept: it is filled row by row like the primary key
            }
        }
        return readd;
    }

    private void loadTable(Connection c, ZipFile zip, Manifest.Table t) throws SQLException, IOException {
        List<String> columns = t.columns();
        String insert = "INSERT INTO " + Schema.quote(t.name()) + " ("
                + String.join(", ", columns.stream().map(Schema::quote).toList()) + ") VALUES ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                zip.getInputStream(zip.getEntry("database/" + t.name() + ".rows")), 1 << 16));
             PreparedStatement ps = c.prepareStatement(insert)) {
            int pending = 0;
            Object[] row;
            while ((row = RowFormat.readRow(in, columns.size())) != null) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        ps.setNull(i + 1, java.sql.Types.NULL);
                    } else if (row[i] instanceof byte[] bytes) {
                        ps.setBytes(i + 1, bytes);
                    } else {
                        ps.setString(i + 1, (String) row[i]);
                    }
                }
                ps.addBatch();
                if (++pending == batch) {
                    ps.executeBatch();
                    c.commit();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
            c.commit();
        }
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + Schema.quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
