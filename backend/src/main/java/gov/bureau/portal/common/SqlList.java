package gov.bureau.portal.common;

import io.micronaut.core.annotation.Nullable;
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
 * <p>
 * Bounded at any size of the table: a page counts at most {@link #MAX_ROWS} matches (the answer says
 * {@code capped} when there are more) and reaches no deeper than the first {@link #MAX_ROWS} rows (a
 * deeper page is a 400 on {@code page}: the caller narrows the list with its filters). A sort expression
 * may name several columns ({@code "a.status, a.name"}, so that an index on them serves it); each
 * column and the unique tie-breaker take the sort's direction, so that one index read in one direction
 * serves the whole ORDER BY.
 */
public final class SqlList {

    /** The most rows a list counts and pages through. */
    public static final int MAX_ROWS = 10_000;

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

    /** The same conditions over another FROM clause: a count over fewer joins than the rows need. */
    public SqlList over(String otherFrom) {
        SqlList copy = new SqlList(otherFrom);
        copy.conditions.addAll(conditions);
        copy.params.addAll(params);
        return copy;
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

    /**
     * The search the lists offer as {@code q}: part of the name, or the whole USCC (upper-cased); nothing
     * for a blank {@code q}. One predicate, so every list searches alike.
     */
    public SqlList whereNameOrUscc(String nameColumn, String usccColumn, @Nullable String q) {
        if (q == null || q.isBlank()) {
            return this;
        }
        return where("(" + nameColumn + " LIKE ? OR " + usccColumn + " = ?)", like(q), q.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** A LIKE pattern for "contains q", with LIKE's own characters escaped. */
    public static String like(String q) {
        return "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The exact number of matches (for summaries over indexed conditions; lists use {@link #countUpTo}). */
    public long count(JdbcOperations jdbc) {
        return single(jdbc, "SELECT COUNT(*) " + from + whereClause());
    }

    /** The number of matches, counting no further than {@code cap + 1}: more than {@code cap} means "capped". */
    public long countUpTo(JdbcOperations jdbc, int cap) {
        return single(jdbc, "SELECT COUNT(*) FROM (SELECT 1 " + from + whereClause() + " LIMIT " + (cap + 1) + ") counted");
    }

    private long single(JdbcOperations jdbc, String sql) {
        return jdbc.prepareStatement(sql, ps -> {
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
        return orderBy(PageQuery.of(0, 1, sort).toPageable(sortable, defaultSort).getSort().getOrderBy().get(0), tieBreaker);
    }

    /**
     * {@code ORDER BY} each column of the order's expression, then the tie-breaker's columns, all in the
     * order's direction ({@code "a.status, a.name"} descending and {@code "a.id"}: {@code a.status DESC,
     * a.name DESC, a.id DESC}).
     */
    public static String orderBy(Sort.Order order, String tieBreaker) {
        String direction = order.isAscending() ? " ASC" : " DESC";
        List<String> columns = new ArrayList<>();
        for (String column : columns(order.getProperty() + "," + tieBreaker)) {
            if (!columns.contains(column)) {
                columns.add(column);
            }
        }
        return " ORDER BY " + String.join(direction + ", ", columns) + direction;
    }

    /** The comma-separated expressions of a sort, each whole ({@code COALESCE(s.score, 80)} is one). */
    static List<String> columns(String expressions) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char ch : expressions.toCharArray()) {
            if (ch == ',' && depth == 0) {
                add(out, current);
                current.setLength(0);
                continue;
            }
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            current.append(ch);
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder expression) {
        String e = expression.toString().trim();
        if (!e.isEmpty()) {
            out.add(e);
        }
    }

    /**
     * The pageable for a list's query, refused (400 on {@code page}) when the page lies beyond the first
     * {@link #MAX_ROWS} rows.
     */
    public static Pageable pageable(PageQuery query, Map<String, String> sortable, String defaultSort) {
        Pageable pageable = query.toPageable(sortable, defaultSort);
        if (pageable.getOffset() + pageable.getSize() > MAX_ROWS) {
            throw new PortalException(io.micronaut.http.HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                    List.of(new FieldProblem("page", "validation.page-depth", MAX_ROWS)));
        }
        return pageable;
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

    /**
     * One page and the (capped) count of matches.
     *
     * @param sortable API sort name → SQL expression (one or more columns)
     * @param tieBreaker unique column(s), without direction: the page's order is stable
     */
    public <T> Page<T> page(JdbcOperations jdbc, String select, PageQuery query, Map<String, String> sortable,
                     String defaultSort, String tieBreaker, RowMapper<T> mapper) {
        return page(jdbc, select, this, query, sortable, defaultSort, tieBreaker, mapper);
    }

    /**
     * Like {@link #page(JdbcOperations, String, PageQuery, Map, String, String, RowMapper)}, counting
     * over {@code counting}: the same conditions over fewer joins, where the rows need joins the count
     * does not.
     */
    public <T> Page<T> page(JdbcOperations jdbc, String select, SqlList counting, PageQuery query, Map<String, String> sortable,
                            String defaultSort, String tieBreaker, RowMapper<T> mapper) {
        Pageable pageable = pageable(query, sortable, defaultSort);
        long total = counting.countUpTo(jdbc, MAX_ROWS);
        boolean capped = total > MAX_ROWS;
        List<T> rows = total == 0 || pageable.getOffset() >= total ? List.of()
                : list(jdbc, select, orderBy(pageable.getSort().getOrderBy().get(0), tieBreaker)
                        + " LIMIT " + pageable.getSize() + " OFFSET " + pageable.getOffset(), mapper);
        return new Page<>(rows, capped ? MAX_ROWS : total, pageable.getNumber(), pageable.getSize(), capped);
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

    /** {@code capped}: more than {@code total} rows match (a list counts at most {@link #MAX_ROWS}). */
    public record Page<T>(List<T> rows, long total, int page, int size, boolean capped) {

        public Page(List<T> rows, long total, int page, int size) {
            this(rows, total, page, size, false);
        }

        public <R> PageResponse<R> response(List<R> content) {
            return new PageResponse<>(content, total, page, size, capped);
        }
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
