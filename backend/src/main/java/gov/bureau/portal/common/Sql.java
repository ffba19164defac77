package gov.bureau.portal.common;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL inside the caller's transaction, for the areas that keep their tables by hand: inserts with their generated
 * key, updates, and reads into records. Values are always bound, never concatenated ({@link Instant} as a timestamp, an
 * enum by its name, see {@link SqlList#bind}); lists go through {@link SqlList}.
 */
@Singleton
public class Sql {

    private final JdbcOperations jdbc;

    Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public JdbcOperations jdbc() {
        return jdbc;
    }

    /** Runs an INSERT and answers the key it generated (0 when it generated none). */
    public long insert(String sql, Object... values) {
        return jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, values);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    return keys.next() ? keys.getLong(1) : 0L;
                }
            }
        });
    }

    public int update(String sql, Object... values) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, values);
            return ps.executeUpdate();
        });
    }

    public <T> List<T> list(String sql, SqlList.RowMapper<T> mapper, Object... values) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, values);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        });
    }

    public <T> Optional<T> one(String sql, SqlList.RowMapper<T> mapper, Object... values) {
        List<T> found = list(sql, mapper, values);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public boolean exists(String sql, Object... values) {
        return one(sql, rs -> true, values).isPresent();
    }

    public long count(String sql, Object... values) {
        return one(sql, rs -> rs.getLong(1), values).orElse(0L);
    }

    /** {@code ?, ?, …}: n placeholders for an {@code IN (…)}. */
    public static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static void bind(PreparedStatement ps, Object[] values) throws SQLException {
        List<Object> params = new ArrayList<>(values.length);
        for (Object v : values) {
            params.add(v instanceof Instant t ? Timestamp.from(t) : v);
        }
        SqlList.bind(ps, params);
    }
}
