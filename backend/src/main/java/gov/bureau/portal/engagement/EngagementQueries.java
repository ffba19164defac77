package gov.bureau.portal.engagement;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The engagement list: one SQL query ({@link SqlList}) into {@link EngagementViews.Row}, joined to the
 * agency's and the supervisor's names, with filters and sorts that each have an index (V20). The count
 * reads the engagement table alone and stops at {@link SqlList#MAX_ROWS}, and no page lies deeper (a
 * deeper one is a 400): the list answers in bounded time however many engagements there are. An
 * agency sees its own.
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
        // with the creation time, so that ix_engagement_state (state, created_at) serves the sort
        SORTABLE.put("state", "e.state, e.created_at");
        SORTABLE.put("id", "e.id");
    }

    static final int EXPORT_LIMIT = 50_000;

    private static final String DEFAULT_SORT = "createdAt,desc";
    private static final String COUNT_FROM = "FROM engagement e";
    private static final String ROW_FROM = "FROM engagement e LEFT JOIN agency a ON a.id = e.agency_id "
            + "LEFT JOIN app_user u ON u.id = e.supervisor_id";
    private static final String ROW_SELECT = "SELECT e.id, e.title, e.engagement_type, e.commissioning_unit, e.agency_id, "
            + "a.name, e.state, e.fee, e.funds_involved, e.planned_start, e.planned_end, e.deadline, e.overdue, "
            + "e.supervisor_id, u.display_name, e.selection_method, e.created_at";

    private final JdbcOperations jdbc;
    private final BureauClock clock;

    EngagementQueries(JdbcOperations jdbc, BureauClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Filter(@Nullable List<EngagementState> state, @Nullable EngagementType type, @Nullable Long agencyId,
                         @Nullable Boolean overdue, @Nullable Long supervisorId, @Nullable String q) {
    }

    @Transactional
    public PageResponse<EngagementViews.Row> list(Actor actor, Filter filter, PageQuery page) {
        SqlList.Page<EngagementViews.Row> p = filtered(ROW_FROM, actor, filter).page(jdbc, ROW_SELECT,
                filtered(COUNT_FROM, actor, filter), page, SORTABLE, DEFAULT_SORT, "e.id", this::row);
        return p.response(p.rows());
    }

    /** Enabled STAFF and ADMIN users, who may supervise an engagement. */
    @Transactional
    public List<EngagementViews.Supervisor> supervisors() {
        return jdbc.prepareStatement("SELECT id, username, display_name FROM app_user WHERE enabled = TRUE "
                + "AND (FIND_IN_SET('STAFF', roles) > 0 OR FIND_IN_SET('ADMIN', roles) > 0) ORDER BY display_name, id", s -> {
            List<EngagementViews.Supervisor> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new EngagementViews.Supervisor(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }

    /**
     * Hands every matching row (up to {@link #EXPORT_LIMIT}) in the list's order to {@code each} as it
     * is read, for the Excel export; no row is kept.
     */
    @Transactional
    public void forEach(Actor actor, Filter filter, @Nullable String sort, Consumer<EngagementViews.Row> each) {
        Pageable pageable = PageQuery.of(0, 1, sort).toPageable(SORTABLE, DEFAULT_SORT);
        filtered(ROW_FROM, actor, filter).forEach(jdbc, ROW_SELECT,
                SqlList.orderBy(pageable.getSort().getOrderBy().get(0), "e.id") + " LIMIT " + EXPORT_LIMIT, this::row, each);
    }

    private EngagementViews.Row row(ResultSet rs) throws SQLException {
        long agency = rs.getLong(5);
        boolean noAgency = rs.wasNull();
        return new EngagementViews.Row(rs.getLong(1), rs.getString(2), EngagementType.valueOf(rs.getString(3)), rs.getString(4),
                noAgency ? null : agency, rs.getString(6), EngagementState.valueOf(rs.getString(7)), rs.getBigDecimal(8),
                rs.getBigDecimal(9), SqlList.date(rs, "planned_start"), SqlList.date(rs, "planned_end"),
                SqlList.date(rs, "deadline"), rs.getBoolean(13), rs.getLong(14), rs.getString(15), rs.getString(16),
                clock.toOffset(rs.getTimestamp(17).toInstant()));
    }

    /** The filters (and, for an agency, its own engagements only) over the given FROM clause. */
    private static SqlList filtered(String from, Actor actor, Filter f) {
        SqlList sql = new SqlList(from);
        if (!actor.isBureau()) {
            if (actor.agencyId() == null) {
                throw PortalException.forbidden();
            }
            sql.where("e.agency_id = ?", actor.agencyId());
        } else {
            sql.whereIf(f.agencyId(), "e.agency_id = ?", f.agencyId());
        }
        if (f.state() != null && !f.state().isEmpty()) {
            sql.where("e.state IN (" + String.join(",", f.state().stream().map(s -> "?").toList()) + ")", f.state().toArray());
        }
        sql.whereIf(f.type(), "e.engagement_type = ?", f.type());
        sql.whereIf(f.overdue(), "e.overdue = ?", f.overdue());
        sql.whereIf(f.supervisorId(), "e.supervisor_id = ?", f.supervisorId());
        if (f.q() != null && !f.q().isBlank() && f.q().length() > 100) {
            throw new PortalException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", List.of(new FieldProblem("q", "validation.size-max", 100)));
        }
        sql.whereIf(f.q(), "e.title LIKE ?", f.q() == null ? null : SqlList.like(f.q()));
        return sql;
    }
}
