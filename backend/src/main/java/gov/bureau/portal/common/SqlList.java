package gov.bureau.portal.common;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A list query over plain SQL: conditions with their parameters, a whitelisted sort, a page. Column
 * names and sort expressions come from code, never from the caller; values are bound.
 */
public final class SqlList {

    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** @param from the FROM clause with its joins, e.g. {@code FROM credit_event e JOIN agency a ON ...} */
    public SqlList(String from) {
        this.from = from;
    }

    public SqlList where(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(List.of(values));
        return this;
    }

    /** Adds the condition only when the value is present (not null, not blank). */
    public SqlList whereIf(Object value, String condition, Object... values) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where(condition, values);
        }
        return this;
    }

    /** A LIKE pattern for "contains q", with LIKE's own characters escaped. */
    public static String like(String q) {
        return "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public long count(JdbcOperations jdbc) {
        return jdbc.prepareStatement("SELECT COUNT(*) " + from + whereClause(), ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * The ORDER BY clause for a caller's {@code sort} ({@code field} or {@code field,desc}, checked
     * against {@code sortable} like a list's), with a unique tie-breaker so the order is stable.
     */
    public static String orderBy(String sort, Map<String, String> sortable, String defaultSort, String tieBreaker) {
        Sort.Order order = PageQuery.of(0, 1, sort).toPageable(sortable, defaultSort).getSort().getOrderBy().get(0);
        return " ORDER BY " + order.getProperty() + (order.isAscending() ? " ASC" : " DESC") + ", " + tieBreaker;
    }

    /**
     * Hands each row to {@code sink} as it is read, keeping none: for exports, which may be long.
     * {@code tail} carries ORDER BY and LIMIT.
     */
    public <T> void forEach(JdbcOperations jdbc, String select, String tail, RowMapper<T> mapper, java.util.function.Consumer<T> sink) {
        jdbc.prepareStatement(select + " " + from + whereClause() + tail, ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(mapper.map(rs));
                }
            }
            return null;
        });
    }

    /** @param sortable API sort name → SQL expression; a unique tie-breaker keeps pages stable. */
    public <T> Page<T> page(JdbcOperations jdbc, String select, PageQuery query, Map<String, String> sortable,
                     String defaultSort, String tieBreaker, RowMapper<T> mapper) {
        Pageable pageable = query.toPageable(sortable, defaultSort);
        Sort.Order order = pageable.getSort().getOrderBy().get(0);
        String orderBy = " ORDER BY " + order.getProperty() + (order.isAscending() ? " ASC" : " DESC") + ", " + tieBreaker;
        long total = count(jdbc);
        List<T> rows = list(jdbc, select, orderBy + " LIMIT " + pageable.getSize() + " OFFSET " + pageable.getOffset(), mapper);
        return new Page<>(rows, total, pageable.getNumber(), pageable.getSize());
    }

    public <T> List<T> list(JdbcOperations jdbc, String select, String tail, RowMapper<T> mapper) {
        return jdbc.prepareStatement(select + " " + from + whereClause() + tail, ps -> {
            bind(ps, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        });
    }

    public record Page<T>(List<T> rows, long total, int page, int size) {
    }

    public static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object v = params.get(i);
            if (v instanceof LocalDate d) {
                ps.setObject(i + 1, d);
            } else if (v instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
