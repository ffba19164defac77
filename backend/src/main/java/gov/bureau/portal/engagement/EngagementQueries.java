package gov.bureau.portal.engagement;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.identity.Actor;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The engagement list: one SQL query into {@link EngagementViews.Row}, joined to the agency's and the
 * supervisor's names, with filters and sorts that each have an index (V20). An agency sees its own.
 */
@Singleton
public class EngagementQueries {

    /** API sort names → columns. */
    static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("createdAt", "e.created_at");
        SORTABLE.put("title", "e.title");
        SORTABLE.put("fee", "e.fee");
        SORTABLE.put("plannedStart", "e.planned_start");
        SORTABLE.put("plannedEnd", "e.planned_end");
        SORTABLE.put("deadline", "e.deadline");
        SORTABLE.put("state", "e.state");
        SORTABLE.put("id", "e.id");
    }

    static final int EXPORT_LIMIT = 50_000;

    private final JdbcOperations jdbc;
    private final BureauClock clock;

    EngagementQueries(JdbcOperations jdbc, BureauClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Filter(@Nullable List<EngagementState> state, @Nullable EngagementType type, @Nullable Long agencyId,
                         @Nullable Boolean overdue, @Nullable Long supervisorId, @Nullable String q) {
    }

    private record Where(String sql, List<Object> args) {
    }

    @Transactional
    public PageResponse<EngagementViews.Row> list(Actor actor, Filter filter, PageQuery page) {
        Pageable pageable = page.toPageable(SORTABLE, "createdAt,desc");
        Where where = where(actor, filter);
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM engagement e" + where.sql(), s -> {
            bind(s, where.args());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<EngagementViews.Row> rows = total == 0 ? List.of()
                : rows(where, orderBy(pageable.getSort()) + " LIMIT " + pageable.getSize() + " OFFSET " + pageable.getOffset());
        return new PageResponse<>(rows, total, pageable.getNumber(), pageable.getSize());
    }

    /** Every matching row (up to {@link #EXPORT_LIMIT}) in the list's order, for the Excel export. */
    @Transactional
    public List<EngagementViews.Row> all(Actor actor, Filter filter, @Nullable String sort) {
        Pageable pageable = PageQuery.of(0, PageQuery.MAX_SIZE, sort).toPageable(SORTABLE, "createdAt,desc");
        return rows(where(actor, filter), orderBy(pageable.getSort()) + " LIMIT " + EXPORT_LIMIT);
    }

    private List<EngagementViews.Row> rows(Where where, String tail) {
        String sql = "SELECT e.id, e.title, e.engagement_type, e.commissioning_unit, e.agency_id, a.name, e.state, e.fee, "
                + "e.funds_involved, e.planned_start, e.planned_end, e.deadline, e.overdue, e.supervisor_id, u.display_name, "
                + "e.selection_method, e.created_at FROM engagement e LEFT JOIN agency a ON a.id = e.agency_id "
                + "LEFT JOIN app_user u ON u.id = e.supervisor_id" + where.sql() + tail;
        return jdbc.prepareStatement(sql, s -> {
            bind(s, where.args());
            List<EngagementViews.Row> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        });
    }

    private EngagementViews.Row row(ResultSet rs) throws SQLException {
        long agency = rs.getLong(5);
        boolean noAgency = rs.wasNull();
        return new EngagementViews.Row(rs.getLong(1), rs.getString(2), EngagementType.valueOf(rs.getString(3)), rs.getString(4),
                noAgency ? null : agency, rs.getString(6), EngagementState.valueOf(rs.getString(7)), rs.getBigDecimal(8),
                rs.getBigDecimal(9), rs.getObject(10, java.time.LocalDate.class), rs.getObject(11, java.time.LocalDate.class),
                rs.getObject(12, java.time.LocalDate.class), rs.getBoolean(13), rs.getLong(14), rs.getString(15), rs.getString(16),
                rs.getTimestamp(17).toInstant().atZone(clock.zone()).toOffsetDateTime());
    }

    private Where where(Actor actor, Filter f) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        Consumer<Object> arg = args::add;
        if (!actor.isBureau()) {
            if (actor.agencyId() == null) {
                throw PortalException.forbidden();
            }
            conditions.add("e.agency_id = ?");
            arg.accept(actor.agencyId());
        } else if (f.agencyId() != null) {
            conditions.add("e.agency_id = ?");
            arg.accept(f.agencyId());
        }
        if (f.state() != null && !f.state().isEmpty()) {
            conditions.add("e.state IN (" + String.join(",", f.state().stream().map(s -> "?").toList()) + ")");
            f.state().forEach(s -> arg.accept(s.name()));
        }
        if (f.type() != null) {
            conditions.add("e.engagement_type = ?");
            arg.accept(f.type().name());
        }
        if (f.overdue() != null) {
            conditions.add("e.overdue = ?");
            arg.accept(f.overdue());
        }
        if (f.supervisorId() != null) {
            conditions.add("e.supervisor_id = ?");
            arg.accept(f.supervisorId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            if (f.q().length() > 100) {
                throw new PortalException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", List.of(new FieldProblem("q", "validation.size-max", 100)));
            }
            conditions.add("e.title LIKE ?");
            arg.accept("%" + f.q().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), args);
    }

    private static String orderBy(Sort sort) {
        Sort.Order order = sort.getOrderBy().get(0);
        String direction = order.isAscending() ? "ASC" : "DESC";
        // ties are broken by id so that paging is stable
        return " ORDER BY " + order.getProperty() + " " + direction + (order.getProperty().equals("e.id") ? "" : ", e.id " + direction);
    }

    private static void bind(PreparedStatement s, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object v = args.get(i);
            if (v instanceof Long l) {
                s.setLong(i + 1, l);
            } else if (v instanceof Boolean b) {
                s.setBoolean(i + 1, b);
            } else {
                s.setString(i + 1, String.valueOf(v));
            }
        }
    }
}
