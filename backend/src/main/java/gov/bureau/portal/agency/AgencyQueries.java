package gov.bureau.portal.agency;

import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lists of agencies: the staff's pool list (and its export) and the public directory. Plain SQL
 * with the credit standing JOINed from {@code credit_standing}, the credit area's published read model
 * (CONTRIBUTING.md "Credit"): every agency admitted to the pool has a row, an agency never admitted has
 * none and shows no grade. Each list first asks the credit area to bring rows the calendar has made
 * stale up to date, so that it is as fresh as the credit pages. Every filter and sort has an index (V10, V4).
 */
@Singleton
public class AgencyQueries {

    /** Exports stop here; a filter narrows a larger pool. */
    public static final int EXPORT_LIMIT = 50_000;

    /** Sorts by type or status continue by name, so that ix_agency_type_name and ix_agency_status_name serve them. */
    private static final Map<String, String> STAFF_SORT = linked(
            "name", "a.name", "uscc", "a.uscc", "agencyType", "a.agency_type, a.name", "status", "a.status, a.name",
            "registeredAt", "a.registered_at", "submittedAt", "a.submitted_at", "updatedAt", "a.updated_at",
            "grade", "grade");
    private static final Map<String, String> PUBLIC_SORT = linked(
            "name", "a.name", "agencyType", "a.agency_type, a.name", "grade", "grade", "status", "a.status, a.name");

    private final JdbcOperations jdbc;
    private final CreditReadModel credit;
    private final BureauClock clock;

    AgencyQueries(JdbcOperations jdbc, CreditReadModel credit, BureauClock clock) {
        this.jdbc = jdbc;
        this.credit = credit;
        this.clock = clock;
    }

    /**
     * Filters of the staff list, bound from the query string as one bean ({@code @RequestBean}) shared by the list and
     * its export. {@code pendingReview}: a registration or a change waits for review.
     */
    @Introspected
    public record Filter(@Nullable @QueryValue AgencyStatus status, @Nullable @QueryValue AgencyType type,
                         @Nullable @QueryValue CreditGrade grade, @Nullable @QueryValue String q,
                         @Nullable @QueryValue Boolean pendingReview, @Nullable @QueryValue Boolean attention) {
    }

    /** Filters of the public directory. */
    public record PublicFilter(@Nullable AgencyStatus status, @Nullable AgencyType type, @Nullable CreditGrade grade,
                               @Nullable String q, @Nullable Boolean blacklisted) {
    }

    @Transactional
    public PageResponse<AgencyViews.AgencyRow> list(Filter filter, PageQuery page) {
        credit.refresh();
        SqlList rows = staffQuery(filter);
        // the count reads the agencies alone unless the grade filter needs the standing
        SqlList.Page<AgencyViews.AgencyRow> p = rows.page(jdbc, select(STAFF_COLUMNS),
                filter.grade() == null ? rows.over("FROM agency a") : rows, page, STAFF_SORT, "updatedAt,desc", "a.id",
                this::staffRow);
        return p.response(p.rows());
    }

    /** Every row the filters select (at most {@link #EXPORT_LIMIT}), in the list's order, for the Excel export. */
    @Transactional
    public void export(Filter filter, @Nullable String sort, java.util.function.Consumer<AgencyViews.AgencyRow> sink) {
        credit.refresh();
        staffQuery(filter).forEach(jdbc, select(STAFF_COLUMNS),
                SqlList.orderBy(sort, STAFF_SORT, "updatedAt,desc", "a.id") + " LIMIT " + EXPORT_LIMIT, this::staffRow, sink);
    }

    @Transactional
    public PageResponse<AgencyViews.PublicAgency> publicList(PublicFilter filter, PageQuery page) {
        credit.refresh();
        SqlList.Page<AgencyViews.PublicAgency> p = publicQuery(filter).page(jdbc, select(PUBLIC_COLUMNS), page, PUBLIC_SORT,
                "name", "a.id", rs -> new AgencyViews.PublicAgency(rs.getLong("id"), rs.getString("name"), rs.getString("uscc"),
                        AgencyType.valueOf(rs.getString("agency_type")), AgencyStatus.valueOf(rs.getString("status")),
                        rs.getString("grade"), rs.getBoolean("blacklisted"), SqlList.date(rs, "blacklisted_until")));
        return p.response(p.rows());
    }

    /** The public card, or 404 for an agency the directory does not list. */
    @Transactional
    public AgencyViews.PublicCard publicCard(long id) {
        credit.refresh();
        String columns = PUBLIC_COLUMNS + ", a.independent_legal_person, a.head_office, a.registered_address, a.founded_on, "
                + "a.registered_capital, a.business_scope, a.approved_at";
        List<AgencyViews.PublicCard> found = publicQuery(new PublicFilter(null, null, null, null, null)).where("a.id = ?", id)
                .list(jdbc, select(columns), " LIMIT 1", rs -> {
                    Boolean independent = rs.getObject("independent_legal_person") == null ? null
                            : rs.getBoolean("independent_legal_person");
                    return new AgencyViews.PublicCard(rs.getLong("id"), rs.getString("name"), rs.getString("uscc"),
                            AgencyType.valueOf(rs.getString("agency_type")), AgencyStatus.valueOf(rs.getString("status")),
                            rs.getString("grade"), rs.getBoolean("blacklisted"), SqlList.date(rs, "blacklisted_until"),
                            independent, rs.getString("head_office"), rs.getString("registered_address"),
                            SqlList.date(rs, "founded_on"), rs.getBigDecimal("registered_capital"),
                            rs.getString("business_scope"),
                            time(rs.getTimestamp("approved_at")), 0, 0, 0, List.of(), List.of());
                });
        if (found.isEmpty()) {
            throw PortalException.notFound();
        }
        AgencyViews.PublicCard card = found.get(0);
        int[] people = new int[3];
        jdbc.prepareStatement("SELECT role, COUNT(*), SUM(EXISTS (SELECT 1 FROM agency_certificate c WHERE c.person_id = p.id "
                + "AND c.expires_on >= ?)) FROM agency_person p WHERE p.agency_id = ? AND p.active = TRUE GROUP BY role", s -> {
            s.setDate(1, Date.valueOf(clock.today()));
            s.setLong(2, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    switch (PersonRole.valueOf(rs.getString(1))) {
                        case LEAD_EVALUATOR -> {
                            people[0] = rs.getInt(2);
                            people[1] = rs.getInt(3);
                        }
                        case EXPERT -> people[2] = rs.getInt(2);
                        default -> { }
                    }
                }
            }
            return null;
        });
        List<String> branches = new ArrayList<>();
        jdbc.prepareStatement("SELECT name FROM agency_branch WHERE agency_id = ? ORDER BY sort_order", s -> {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    branches.add(rs.getString(1));
                }
            }
            return null;
        });
        List<AgencyViews.TrackSummary> track = new ArrayList<>();
        jdbc.prepareStatement("SELECT COALESCE(work_type, 'OTHER') wt, COUNT(*) FROM agency_track_record WHERE agency_id = ? "
                + "GROUP BY wt ORDER BY wt", s -> {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    track.add(new AgencyViews.TrackSummary(rs.getString(1), rs.getInt(2)));
                }
            }
            return null;
        });
        return new AgencyViews.PublicCard(card.id(), card.name(), card.uscc(), card.agencyType(), card.status(),
                card.creditGrade(), card.blacklisted(), card.blacklistedUntil(), card.independentLegalPerson(),
                card.headOffice(), card.registeredAddress(), card.foundedOn(), card.registeredCapital(), card.businessScope(),
                card.approvedAt(), people[0], people[1], people[2], branches, track);
    }

    // ------------------------------------------------------------------ SQL

    private static final String STAFF_COLUMNS = "a.id, a.name, a.uscc, a.agency_type, a.status, a.change_state, "
            + "cs.score, cs.blacklisted, a.contact_name, a.registered_at, a.submitted_at, a.updated_at, "
            + "a.confirmation_overdue, a.expiring_certificates, a.expired_certificates";
    private static final String PUBLIC_COLUMNS = "a.id, a.name, a.uscc, a.agency_type, a.status, cs.blacklisted, "
            + "cs.blacklisted_until";

    /** Every agency, with its standing if it was admitted to the pool. */
    private static final String FROM = "FROM agency a LEFT JOIN credit_standing cs ON cs.agency_id = a.id";
    /** The directory lists agencies in the pool and blacklisted ones: every one of them has a standing. */
    private static final String PUBLIC_FROM = "FROM agency a JOIN credit_standing cs ON cs.agency_id = a.id";

    private static String select(String columns) {
        return "SELECT " + columns + ", cs.grade AS grade";
    }

    private SqlList staffQuery(Filter f) {
        SqlList sql = new SqlList(FROM);
        sql.whereIf(f.status(), "a.status = ?", f.status());
        sql.whereIf(f.type(), "a.agency_type = ?", f.type());
        grade(sql, f.grade());
        search(sql, f.q());
        if (Boolean.TRUE.equals(f.pendingReview())) {
            sql.where("(a.status = 'SUBMITTED' OR a.change_state = 'SUBMITTED')");
        }
        if (Boolean.TRUE.equals(f.attention())) {
            sql.where("(a.confirmation_overdue = TRUE OR a.expiring_certificates > 0 OR a.expired_certificates > 0)");
        }
        return sql;
    }

    private SqlList publicQuery(PublicFilter f) {
        SqlList sql = new SqlList(PUBLIC_FROM);
        sql.where("(a.status IN (" + AgencyStatus.sqlList(AgencyStatus::publiclyListed) + ") OR cs.blacklisted = TRUE)");
        sql.whereIf(f.status(), "a.status = ?", f.status());
        sql.whereIf(f.type(), "a.agency_type = ?", f.type());
        grade(sql, f.grade());
        search(sql, f.q());
        if (f.blacklisted() != null) {
            sql.where("cs.blacklisted = ?", f.blacklisted());
        }
        return sql;
    }

    private static void grade(SqlList sql, @Nullable CreditGrade grade) {
        sql.whereIf(grade, "cs.grade = ?", grade);
    }

    /** Name contains the text, or the USCC starts with it (codes are typed from the start; uq_agency_uscc serves it). */
    private static void search(SqlList sql, @Nullable String q) {
        if (q == null || q.isBlank()) {
            return;
        }
        String code = q.strip().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (code.matches("[0-9A-Z]{2,18}")) {
            // letters and digits only: nothing to escape in the prefix pattern
            sql.where("(a.name LIKE ? OR a.uscc LIKE ?)", SqlList.like(q.strip()), code + "%");
        } else {
            sql.where("a.name LIKE ?", SqlList.like(q.strip()));
        }
    }

    private AgencyViews.AgencyRow staffRow(ResultSet rs) throws SQLException {
        String change = rs.getString("change_state");
        Object score = rs.getObject("score");
        return new AgencyViews.AgencyRow(rs.getLong("id"), rs.getString("name"), rs.getString("uscc"),
                AgencyType.valueOf(rs.getString("agency_type")), AgencyStatus.valueOf(rs.getString("status")),
                change == null ? null : ChangeState.valueOf(change), rs.getString("grade"),
                score == null ? null : ((Number) score).intValue(), rs.getBoolean("blacklisted"), rs.getString("contact_name"),
                time(rs.getTimestamp("registered_at")), time(rs.getTimestamp("submitted_at")), time(rs.getTimestamp("updated_at")),
                rs.getBoolean("confirmation_overdue"), rs.getInt("expiring_certificates"), rs.getInt("expired_certificates"));
    }

    private OffsetDateTime time(@Nullable Timestamp t) {
        return clock.toOffset(t == null ? null : t.toInstant());
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
