package gov.bureau.portal.credit;

import gov.bureau.portal.agency.AgencyDirectory;
import gov.bureau.portal.agency.AgencyStatus;
import gov.bureau.portal.agency.AgencySummary;
import gov.bureau.portal.agency.AgencyType;
import gov.bureau.portal.agency.CreditGrade;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.annotation.QueryValue;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reading credit standings: one agency's credit record (its standing and the first page of its ledger),
 * the standings of all agencies, and what waits for the bureau. The ledger, objections and blacklist
 * have their own readers ({@link LedgerQueries}, {@link ObjectionQueries}, {@link BlacklistQueries}).
 * Lists are one SQL query for the page plus a fixed number of queries for its rows.
 */
@Singleton
public class CreditQueries {

    private final JdbcOperations jdbc;
    private final LedgerQueries ledger;
    private final BlacklistQueries blacklistQueries;
    private final BlacklistRepository blacklist;
    private final EvidenceService evidence;
    private final StandingWriter standings;
    private final StandingRepository standingRows;
    private final CreditObjectionRepository objections;
    private final CreditRuleBook rules;
    private final AgencyDirectory agencies;
    private final BureauClock clock;

    CreditQueries(JdbcOperations jdbc, LedgerQueries ledger, BlacklistQueries blacklistQueries, BlacklistRepository blacklist,
                  EvidenceService evidence, StandingWriter standings, StandingRepository standingRows,
                  CreditObjectionRepository objections, CreditRuleBook rules, AgencyDirectory agencies, BureauClock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.blacklistQueries = blacklistQueries;
        this.blacklist = blacklist;
        this.evidence = evidence;
        this.standings = standings;
        this.standingRows = standingRows;
        this.objections = objections;
        this.rules = rules;
        this.agencies = agencies;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- one agency

    /** How many of an agency's events its credit record carries; the rest are paged by {@link #agencyEvents}. */
    public static final int RECORD_EVENTS = PageQuery.DEFAULT_SIZE;

    /**
     * The agency's standing (the read model, brought up to today when the calendar has changed it) and
     * the first page of its ledger, newest first: bounded at any length of the ledger.
     */
    @Transactional
    public CreditViews.AgencyCredit agencyCredit(Actor actor, long agencyId) {
        AgencySummary agency = visibleAgency(actor, agencyId);
        LocalDate today = clock.today();
        CreditBands bands = rules.bands();
        CreditRules.Standing s = currentStanding(agencyId, bands, today);
        PageResponse<CreditViews.EventView> first = ledger.events(LedgerQueries.EventFilter.ofAgency(agencyId),
                PageQuery.of(0, RECORD_EVENTS, null));
        List<BlacklistEntry> entries = blacklist.findHistory(agencyId);
        Map<Long, List<EvidenceService.FileView>> blacklistFiles = evidence.filesOf(EvidenceFile.BLACKLIST,
                entries.stream().map(BlacklistEntry::getId).toList());
        Map<String, String> shown = blacklistQueries.shownNames(entries);
        List<CreditViews.BlacklistView> blacklistViews = entries.stream()
                .map(b -> blacklistQueries.blacklistView(b, agency.name(), agency.uscc(), today, blacklistFiles, shown)).toList();
        String reason = entries.stream().filter(b -> b.span().activeOn(today)).map(BlacklistEntry::getReason).findFirst().orElse(null);
        return new CreditViews.AgencyCredit(agencyId, agency.name(), s.score(), s.grade(), s.blacklisted(), s.blacklistedUntil(),
                reason, CreditRules.clamp(bands.base()), s.pointsInForce(), today, first.content(), first.totalElements(),
                first.capped(), objectable(agencyId, today), blacklistViews);
    }

    /** One agency's ledger, page by page, newest first (the ledger list's filters for the bureau). */
    @Transactional
    public PageResponse<CreditViews.EventView> agencyEvents(Actor actor, long agencyId, PageQuery page) {
        visibleAgency(actor, agencyId);
        return ledger.events(LedgerQueries.EventFilter.ofAgency(agencyId), page);
    }

    /** The agency, for the bureau or the agency itself; another agency gets 404. */
    private AgencySummary visibleAgency(Actor actor, long agencyId) {
        if (!actor.maySeeAgency(agencyId)) {
            throw PortalException.notFound();
        }
        return agencies.find(agencyId).orElseThrow(PortalException::notFound);
    }

    /**
     * The stored standing; recomputed from the ledger first when the calendar has changed it or it was
     * graded under bands just replaced. An agency never admitted to the pool has no row: its standing
     * is computed from its (empty) ledger and not stored.
     */
    private CreditRules.Standing currentStanding(long agencyId, CreditBands bands, LocalDate today) {
        List<StandingRow> rows = standingRows.findByAgencyIds(List.of(agencyId));
        if (rows.isEmpty()) {
            return standings.compute(agencyId, bands, today);
        }
        if (rows.get(0).changesOn() != null && !rows.get(0).changesOn().isAfter(today)
                || !Objects.equals(rows.get(0).bandsVersionId(), rules.bandsVersion().id())) {
            return standings.recompute(agencyId);
        }
        StandingRow r = rows.get(0);
        return new CreditRules.Standing(r.score(), CreditGrade.valueOf(r.grade()), r.pointsInForce(), r.blacklisted(),
                r.blacklistedUntil(), r.changesOn());
    }

    /** Events the agency may still object to today (its window open, not withdrawn, not waived, no objection yet). */
    private long objectable(long agencyId, LocalDate today) {
        return new SqlList("FROM credit_event e").where("e.agency_id = ?", agencyId)
                .where("e.objection_deadline >= ?", today)
                .where("e.status <> 'WITHDRAWN'")
                .where("e.objection_waived_at IS NULL")
                .where("NOT EXISTS (SELECT 1 FROM credit_objection o WHERE o.event_id = e.id)")
                .count(jdbc);
    }


    /** The standings list's filters, bound from the query string as one bean ({@code @RequestBean}). */
    @Introspected
    public record StandingFilter(@Nullable @QueryValue CreditGrade grade, @Nullable @QueryValue Boolean blacklisted,
                                 @Nullable @QueryValue String q, @Nullable @QueryValue AgencyStatus agencyStatus,
                                 @Nullable @QueryValue AgencyType agencyType) {
    }

    /**
     * Agencies with their current score and grade from the read model; every agency admitted to the
     * pool has a row. By default the pool: approved and suspended agencies.
     */
    @Transactional
    public PageResponse<CreditViews.StandingView> standings(StandingFilter f, PageQuery page) {
        standings.refreshAllStale();
        SqlList sql = standingQuery(f);
        // the count reads the agencies alone unless a filter is on the standing (every agency of the pool has one)
        SqlList counting = f.grade() != null || f.blacklisted() != null ? sql : sql.over("FROM agency a");
        SqlList.Page<CreditViews.StandingView> p = sql.page(jdbc, STANDING_SELECT, counting, page, STANDING_SORTS, "name", "a.id",
                CreditQueries::standingView);
        return p.response(p.rows());
    }

    /** Rows for the Excel export: the list's filters and order, at most {@code limit}, handed to {@code sink} as they are read. */
    @Transactional
    public void exportStandings(StandingFilter f, @Nullable String sort, int limit, Consumer<CreditViews.StandingView> sink) {
        standings.refreshAllStale();
        standingQuery(f).forEach(jdbc, STANDING_SELECT, SqlList.orderBy(sort, STANDING_SORTS, "name", "a.id") + " LIMIT " + limit,
                CreditQueries::standingView, sink);
    }

    private static final String STANDING_SELECT = "SELECT a.id, a.name, a.uscc, a.agency_type, a.status, "
            + "s.score, s.grade, s.blacklisted, s.blacklisted_until";
    private static final Map<String, String> STANDING_SORTS = Map.of("score", "s.score", "grade", "s.grade", "name", "a.name",
            "uscc", "a.uscc", "agencyType", "a.agency_type, a.name");

    private static SqlList standingQuery(StandingFilter f) {
        SqlList sql = new SqlList("FROM agency a JOIN credit_standing s ON s.agency_id = a.id");
        if (f.agencyStatus() != null) {
            sql.where("a.status = ?", f.agencyStatus().name());
        } else {
            sql.where("a.status IN (" + AgencyStatus.sqlList(AgencyStatus::inPool) + ")");
        }
        sql.whereIf(f.agencyType(), "a.agency_type = ?", f.agencyType() == null ? null : f.agencyType().name());
        sql.whereIf(f.grade(), "s.grade = ?", f.grade() == null ? null : f.grade().name());
        sql.whereIf(f.blacklisted(), "s.blacklisted = ?", f.blacklisted());
        sql.whereNameOrUscc("a.name", "a.uscc", f.q());
        return sql;
    }

    private static CreditViews.StandingView standingView(ResultSet rs) throws SQLException {
        return new CreditViews.StandingView(rs.getLong("id"), rs.getString("name"), rs.getString("uscc"), rs.getString("agency_type"),
                rs.getString("status"), rs.getInt("score"), rs.getString("grade"), rs.getBoolean("blacklisted"),
                SqlList.date(rs, "blacklisted_until"));
    }

    /** What waits for the bureau: pending objections, blacklist proposals, proposals in their window, agencies on the list. */
    @Transactional
    public CreditViews.Summary summary() {
        LocalDate today = clock.today();
        long pending = objections.countByStatus(ObjectionStatus.PENDING);
        long proposals = ledger.eventQuery(LedgerQueries.EventFilter.blacklistProposals()).count(jdbc);
        long proposed = ledger.eventQuery(LedgerQueries.EventFilter.reading(EventDisplayStatus.PROPOSED)).count(jdbc);
        long listed = BlacklistQueries.activeOn(new SqlList("FROM credit_blacklist_entry b"), today).count(jdbc);
        return new CreditViews.Summary(pending, proposals, proposed, listed);
    }

    /** Ids in slices of 1,000, for IN lists. */
    static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            out.add(ids.subList(from, Math.min(ids.size(), from + 1000)));
        }
        return out;
    }
}
