package gov.bureau.portal.results;

import gov.bureau.portal.common.SqlList;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Plain SQL for the results area: inserts with their generated key, updates, and reads into records. */
@Singleton
class Db {

    private final JdbcOperations jdbc;

    Db(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    JdbcOperations jdbc() {
        return jdbc;
    }

    long insert(String sql, Object... values) {
        return jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, values);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    int update(String sql, Object... values) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, values);
            return ps.executeUpdate();
        });
    }

    <T> List<T> list(String sql, SqlList.RowMapper<T> mapper, Object... values) {
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

    <T> Optional<T> one(String sql, SqlList.RowMapper<T> mapper, Object... values) {
        List<T> found = list(sql, mapper, values);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    boolean exists(String sql, Object... values) {
        return one(sql, rs -> true, values).isPresent();
    }

    private static void bind(PreparedStatement ps, Object[] values) throws SQLException {
        List<Object> params = new ArrayList<>(Arrays.asList(values));
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i) instanceof Instant instant) {
                params.set(i, Timestamp.from(instant));
            }
        }
        SqlList.bind(ps, params);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
