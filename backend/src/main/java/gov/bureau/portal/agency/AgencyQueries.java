package gov.bureau.portal.agency;

import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.credit.CreditGrade;
import gov.bureau.portal.credit.CreditStandings;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The lists of agencies: the staff's pool list (and its export) and the public directory. Plain SQL
 * with the credit grade LEFT JOINed from {@code credit_standing} (an agency without a row has the
 * base grade); every filter and sort has an index (V10, V4).
 */
@Singleton
public class AgencyQueries {

    /** Exports stop here; a filter narrows a larger pool. */
    public static final int EXPORT_LIMIT = 50_000;

    private static final Map<String, String> STAFF_SORT = linked(
            "name", "a.name", "uscc", "a.uscc", "agencyType", "a.agency_type", "status", "a.status",
            "registeredAt", "a.registered_at", "submittedAt", "a.submitted_at", "updatedAt", "a.updated_at",
            "grade", "grade");
    private static final Map<String, String> PUBLIC_SORT = linked(
            "name", "a.name", "agencyType", "a.agency_type", "grade", "grade", "status", "a.status");

    private final JdbcOperations jdbc;
    private final CreditStandings credit;
    private final BureauClock clock;

    AgencyQueries(JdbcOperations jdbc, CreditStandings credit, BureauClock clock) {
        this.jdbc = jdbc;
        this.credit = credit;
        this.clock = clock;
    }

    /** Filters of the staff list. {@code pendingReview}: a registration or a change waits for review. */
    public record Filter(@Nullable AgencyStatus status, @Nullable AgencyType type, @Nullable CreditGrade grade,
                         @Nullable String q, @Nullable Boolean pendingReview, @Nullable Boolean attention) {
    }

    /** Filters of the public directory. */
    public record PublicFilter(@Nullable AgencyStatus status, @Nullable AgencyType type, @Nullable CreditGrade grade,
                               @Nullable String q, @Nullable Boolean blacklisted) {
    }

    @Transactional
    public PageResponse<AgencyViews.AgencyRow> list(Filter filter, PageQuery page) {
        Pageable pageable = page.toPageable(STAFF_SORT, "updatedAt,desc");
        Where where = staffWhere(filter);
        long total = count(where);
        List<AgencyViews.AgencyRow> rows = new ArrayList<>();
        select(STAFF_COLUMNS, where, pageable, pageable.getSize(), (int) pageable.getOffset(), rs -> rows.add(staffRow(rs)));
        return new PageResponse<>(rows, total, pageable.getNumber(), pageable.getSize());
    }

    /** Every row the filters select, in the list's order, for the Excel export. */
    @Transactional
    public void export(Filter filter, @Nullable String sort, Consumer<AgencyViews.AgencyRow> sink) {
        Pageable pageable = PageQuery.of(0, 1, sort).toPageable(STAFF_SORT, "updatedAt,desc");
        select(STAFF_COLUMNS, staffWhere(filter), pageable, EXPORT_LIMIT, 0, rs -> sink.accept(staffRow(rs)));
    }

    @Transactional
    public PageResponse<AgencyViews.PublicAgency> publicList(PublicFilter filter, PageQuery page) {
        Pageable pageable = page.toPageable(PUBLIC_SORT, "name");
        Where where = publicWhere(filter);
        long total = count(where);
        List<AgencyViews.PublicAgency> rows = new ArrayList<>();
        select(PUBLIC_COLUMNS, where, pageable, pageable.getSize(), (int) pageable.getOffset(), rs -> rows.add(
                new AgencyViews.PublicAgency(rs.getLong("id"), rs.getString("name"), rs.getString("uscc"),
                        AgencyType.valueOf(rs.getString("agency_type")), AgencyStatus.valueOf(rs.getString("status")),
                        rs.getString("grade"), rs.getBoolean("blacklisted"), localDate(rs.getDate("blacklisted_until")))));
        return new PageResponse<>(rows, total, pageable.getNumber(), pageable.getSize());
    }

    /** The public card, or 404 for an agency the directory does not list. */
    @Transactional
    public AgencyViews.PublicCard publicCard(long id) {
        PublicFilter none = new PublicFilter(null, null, null, null, null);
        Where where = publicWhere(none);
        where.and("a.id = ?", id);
        List<AgencyViews.PublicCard> found = new ArrayList<>();
        String columns = PUBLIC_COLUMNS + ", a.independent_legal_person, a.head_office, a.registered_address, a.founded_on, "
                + "a.registered_capital, a.business_scope, a.approved_at";
        select(columns, where, PageQuery.of(0, 1, null).toPageable(PUBLIC_SORT, "name"), 1, 0, rs -> {
            long agencyId = rs.getLong("id");
            Boolean independent = rs.getObject("independent_legal_person") == null ? null : rs.getBoolean("independent_legal_person");
            Timestamp approved = rs.getTimestamp("approved_at");
            found.add(new AgencyViews.PublicCard(agencyId, rs.getString("name"), rs.getString("uscc"),
                    AgencyType.valueOf(rs.getString("agency_type")), AgencyStatus.valueOf(rs.getString("status")),
                    rs.getString("grade"), rs.getBoolean("blacklisted"), localDate(rs.getDate("blacklisted_until")),
                    independent, rs.getString("head_office"), rs.getString("registered_address"),
                    localDate(rs.getDate("founded_on")), rs.getBigDecimal("registered_capital"), rs.getString("business_scope"),
                    approved == null ? null : approved.toInstant().atZone(clock.zone()).toOffsetDateTime(),
                    0, 0, 0, List.of(), List.of()));
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

    /** A WHERE clause with its parameters. */
    private static final class Where {
        final StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        final List<Object> params = new ArrayList<>();

        Where and(String condition, Object... values) {
            sql.append(" AND (").append(condition).append(')');
            params.addAll(List.of(values));
            return this;
        }
    }

    private Where staffWhere(Filter f) {
        Where w = new Where();
        if (f.status() != null) {
            w.and("a.status = ?", f.status().name());
        }
        if (f.type() != null) {
            w.and("a.agency_type = ?", f.type().name());
        }
        grade(w, f.grade());
        search(w, f.q());
        if (Boolean.TRUE.equals(f.pendingReview())) {
            w.and("a.status = 'SUBMITTED' OR a.change_state = 'SUBMITTED'");
        }
        if (Boolean.TRUE.equals(f.attention())) {
            w.and("a.confirmation_overdue = TRUE OR a.expiring_certificates > 0 OR a.expired_certificates > 0");
        }
        return w;
    }

    private Where publicWhere(PublicFilter f) {
        Where w = new Where();
        w.and("a.status IN ('APPROVED', 'SUSPENDED') OR cs.blacklisted = TRUE");
        if (f.status() != null) {
            w.and("a.status = ?", f.status().name());
        }
        if (f.type() != null) {
            w.and("a.agency_type = ?", f.type().name());
        }
        grade(w, f.grade());
        search(w, f.q());
        if (f.blacklisted() != null) {
            w.and(f.blacklisted() ? "cs.blacklisted = TRUE" : "cs.blacklisted IS NULL OR cs.blacklisted = FALSE");
        }
        return w;
    }

    private void grade(Where w, @Nullable CreditGrade grade) {
        if (grade == null) {
            return;
        }
        if (grade == credit.baseGrade()) {
            w.and("cs.grade = ? OR cs.agency_id IS NULL", grade.name());
        } else {
            w.and("cs.grade = ?", grade.name());
        }
    }

    /** Name contains the text, or the USCC starts with it (codes are typed from the start). */
    private static void search(Where w, @Nullable String q) {
        if (q == null || q.isBlank()) {
            return;
        }
        String text = q.strip();
        String like = "%" + escape(text) + "%";
        String code = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (code.matches("[0-9A-Z]{2,18}")) {
            w.and("a.name LIKE ? OR a.uscc LIKE ?", like, escape(code) + "%");
        } else {
            w.and("a.name LIKE ?", like);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private long count(Where where) {
        String sql = "SELECT COUNT(*) FROM agency a LEFT JOIN credit_standing cs ON cs.agency_id = a.id" + where.sql;
        return jdbc.prepareStatement(sql, s -> {
            bind(s, where.params);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    interface RowSink {
        void accept(ResultSet rs) throws SQLException;
    }

    private void select(String columns, Where where, Pageable pageable, int limit, int offset, RowSink sink) {
        Sort.Order order = pageable.getSort().getOrderBy().get(0);
        String direction = order.isAscending() ? "ASC" : "DESC";
        String sql = "SELECT " + columns + ", COALESCE(cs.grade, ?) AS grade FROM agency a "
                + "LEFT JOIN credit_standing cs ON cs.agency_id = a.id" + where.sql
                + " ORDER BY " + order.getProperty() + " " + direction + ", a.id " + direction + " LIMIT ? OFFSET ?";
        jdbc.prepareStatement(sql, s -> {
            List<Object> params = new ArrayList<>();
            params.add(credit.baseGrade().name());
            params.addAll(where.params);
            params.add(limit);
            params.add(offset);
            bind(s, params);
            s.setFetchSize(500);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs);
                }
            }
            return null;
        });
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Integer n) {
                s.setInt(i + 1, n);
            } else if (p instanceof Long n) {
                s.setLong(i + 1, n);
            } else {
                s.setString(i + 1, String.valueOf(p));
            }
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
        return t == null ? null : t.toInstant().atZone(clock.zone()).toOffsetDateTime();
    }

    private static java.time.LocalDate localDate(@Nullable Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
