package gov.bureau.portal.credit;

import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleVersion;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 信用评价结果: once a year the standings of the agencies in the pool are published as a snapshot,
 * kept for good (history). The snapshot copies each agency's name, code, type, score, grade and
 * whether it was on the blacklist, in one INSERT ... SELECT whatever the number of agencies.
 */
@Singleton
public class CreditResults {

    private static final String PUBLICATION = "result_year, as_of, agency_count, published_at, note, published_by_name";

    static final Map<String, String> LINE_SORTS = Map.of("score", "r.score", "grade", "r.grade", "name", "r.agency_name");

    private final JdbcOperations jdbc;
    private final StandingWriter standings;
    private final CreditRuleBook rules;
    private final AuditLog audit;
    private final BureauClock clock;

    CreditResults(JdbcOperations jdbc, StandingWriter standings, CreditRuleBook rules, AuditLog audit, BureauClock clock) {
        this.jdbc = jdbc;
        this.standings = standings;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CreditViews.Publication publish(Actor actor, int year, @Nullable String note) {
        LocalDate today = clock.today();
        if (year > today.getYear()) {
            throw PortalException.invalid("year", "validation.credit-year-future");
        }
        if (find(year).isPresent()) {
            throw PortalException.conflict("CREDIT_RESULTS_PUBLISHED", String.valueOf(year));
        }
        standings.regradeIfBandsChanged();
        standings.refreshAllStale(); // every row up to today before the snapshot
        RuleVersion<CreditBands> bands = rules.bandsVersion();
        String cleanNote = note == null || note.isBlank() ? null : note.trim();
        Instant now = clock.now();
        long id = jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO credit_result_publication (result_year, "
                    + "as_of, bands_version_id, agency_count, published_by_name, published_at, note) VALUES (?, ?, ?, 0, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setInt(1, year);
                ps.setObject(2, today);
                ps.setLong(3, bands.id());
                ps.setString(4, actor.username());
                ps.setTimestamp(5, Timestamp.from(now));
                ps.setString(6, cleanNote);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        int count = jdbc.prepareStatement("INSERT INTO credit_result (publication_id, agency_id, agency_name, uscc, agency_type, "
                + "score, grade, blacklisted) SELECT ?, a.id, a.name, a.uscc, a.agency_type, s.score, s.grade, s.blacklisted "
                + "FROM agency a JOIN credit_standing s ON s.agency_id = a.id WHERE a.status IN ("
                + gov.bureau.portal.agency.AgencyStatus.sqlList(gov.bureau.portal.agency.AgencyStatus::inPool) + ")", ps -> {
            ps.setLong(1, id);
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("UPDATE credit_result_publication SET agency_count = ? WHERE id = ?", ps -> {
            ps.setInt(1, count);
            ps.setLong(2, id);
            return ps.executeUpdate();
        });
        audit.record(actor, "CREDIT_RESULTS_PUBLISHED", "CreditResults", year, Changes.create().set("year", year)
                .set("asOf", today).set("agencies", count).set("bandsVersionId", bands.id()).toMap(), cleanNote);
        return find(year).orElseThrow();
    }

    @Transactional
    public List<CreditViews.Publication> publications() {
        return jdbc.prepareStatement("SELECT " + PUBLICATION + " FROM credit_result_publication ORDER BY result_year DESC", ps -> {
            List<CreditViews.Publication> out = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(publication(rs));
                }
            }
            return out;
        });
    }

    @Transactional
    public Optional<CreditViews.Publication> find(int year) {
        return jdbc.prepareStatement("SELECT " + PUBLICATION + " FROM credit_result_publication WHERE result_year = ?", ps -> {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(publication(rs)) : Optional.<CreditViews.Publication>empty();
            }
        });
    }

    /** One year's published lines; filters grade and q (name or code). */
    @Transactional
    public PageResponse<CreditViews.ResultLine> lines(int year, @Nullable String grade, @Nullable String q, PageQuery page) {
        if (find(year).isEmpty()) {
            throw PortalException.notFound();
        }
        SqlList sql = new SqlList("FROM credit_result r JOIN credit_result_publication p ON p.id = r.publication_id");
        sql.where("p.result_year = ?", year);
        sql.whereIf(grade, "r.grade = ?", grade);
        sql.whereIf(q, "(r.agency_name LIKE ? OR r.uscc = ?)", q == null ? null : SqlList.like(q),
                q == null ? null : q.trim().toUpperCase(java.util.Locale.ROOT));
        SqlList.Page<CreditViews.ResultLine> p = sql.page(jdbc, "SELECT r.agency_id, r.agency_name, r.uscc, r.agency_type, "
                + "r.score, r.grade, r.blacklisted", page, LINE_SORTS, "score,desc", "r.agency_id", rs ->
                new CreditViews.ResultLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6), rs.getBoolean(7)));
        return p.response(p.rows());
    }

    private CreditViews.Publication publication(ResultSet rs) throws java.sql.SQLException {
        return new CreditViews.Publication(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getInt(3),
                clock.toOffset(rs.getTimestamp(4).toInstant()), rs.getString(5), Actor.SYSTEM.username().equals(rs.getString(6)));
    }
}
