package gov.bureau.portal.engagement;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.QueryValue;
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
            + "a.name AS agency_name, e.state, e.fee, e.funds_involved, e.planned_start, e.planned_end, e.deadline, e.overdue, "
            + "e.supervisor_id, u.display_name AS supervisor_name, e.selection_method, e.created_at, e.low_fee";

    private final JdbcOperations jdbc;
    private final BureauClock clock;

    EngagementQueries(JdbcOperations jdbc, BureauClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The list's filters, bound from the query string as one bean ({@code @RequestBean}) shared by the list
     * and its export. {@code state}: one state or several, comma separated.
     */
    @Introspected
    public record Filter(@Nullable @QueryValue String state, @Nullable @QueryValue EngagementType type,
                         @Nullable @QueryValue Long agencyId, @Nullable @QueryValue Boolean overdue,
                         @Nullable @QueryValue Long supervisorId, @Nullable @QueryValue String q,
                         @Nullable @QueryValue Boolean lowFee) {

        /** The states asked for, or null for all; an unknown one is a 400 on {@code state}. */
        @Nullable
        public List<EngagementState> states() {
            if (state == null || state.isBlank()) {
                return null;
            }
            List<EngagementState> states = new ArrayList<>();
            for (String part : state.split(",")) {
                try {
                    states.add(EngagementState.valueOf(part.trim()));
                } catch (IllegalArgumentException bad) {
                    throw new PortalException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", List.of(new FieldProblem("state", "validation.invalid-value")));
                }
            }
            return states;
        }
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
        filtered(ROW_FROM, actor, filter).forEach(jdbc, ROW_SELECT,
                SqlList.orderBy(sort, SORTABLE, DEFAULT_SORT, "e.id") + " LIMIT " + EXPORT_LIMIT, this::row, each);
    }

    private EngagementViews.Row row(ResultSet rs) throws SQLException {
        return new EngagementViews.Row(rs.getLong("id"), rs.getString("title"), EngagementType.valueOf(rs.getString("engagement_type")),
                rs.getString("commissioning_unit"), rs.getObject("agency_id", Long.class), rs.getString("agency_name"),
                EngagementState.valueOf(rs.getString("state")), rs.getBigDecimal("fee"), rs.getBigDecimal("funds_involved"),
                SqlList.date(rs, "planned_start"), SqlList.date(rs, "planned_end"), SqlList.date(rs, "deadline"),
                rs.getBoolean("overdue"), rs.getLong("supervisor_id"), rs.getString("supervisor_name"),
                rs.getString("selection_method") == null ? null : EngagementCommands.Method.valueOf(rs.getString("selection_method")),
                clock.toOffset(rs.getTimestamp("created_at").toInstant()), rs.getBoolean("low_fee"));
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
        List<EngagementState> states = f.states();
        if (states != null && !states.isEmpty()) {
            sql.where("e.state IN (" + String.join(",", states.stream().map(s -> "?").toList()) + ")", states.toArray());
        }
        sql.whereIf(f.type(), "e.engagement_type = ?", f.type());
        sql.whereIf(f.overdue(), "e.overdue = ?", f.overdue());
        sql.whereIf(f.lowFee(), "e.low_fee = ?", f.lowFee());
        sql.whereIf(f.supervisorId(), "e.supervisor_id = ?", f.supervisorId());
        if (f.q() != null && !f.q().isBlank() && f.q().length() > 100) {
            throw new PortalException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", List.of(new FieldProblem("q", "validation.size-max", 100)));
        }
        sql.whereIf(f.q(), "e.title LIKE ?", f.q() == null ? null : SqlList.like(f.q()));
        return sql;
    }
}
