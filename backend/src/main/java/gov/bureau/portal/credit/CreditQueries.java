package gov.bureau.portal.credit;

import gov.bureau.portal.agency.CreditGrade;
import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.agency.AgencyDirectory;
import gov.bureau.portal.agency.AgencySummary;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reading credit: one agency's record, and the bureau's lists. Lists are one SQL query for the page
 * (joined with the agency's name and code, read-only) plus a fixed number of queries for the page's
 * rows; nothing loads more than a page.
 */
@Singleton
public class CreditQueries {

    /**
     * Each served by an index of V30/V47 read in one direction (type and status continue by the proposal
     * date, as their indexes do), except agencyName, which sorts the matching events.
     */
    static final Map<String, String> EVENT_SORTS = Map.of(
            "proposedOn", "e.proposed_on", "effectiveOn", "e.effective_on", "expiresOn", "e.expires_on",
            "points", "e.points", "type", "e.type_code, e.proposed_on", "agencyName", "a.name", "status",
            "e.status, e.proposed_on", "id", "e.id");
    static final Map<String, String> OBJECTION_SORTS = Map.of(
            "submittedAt", "o.submitted_at", "decidedAt", "o.decided_at", "status", "o.status", "agencyName", "a.name");
    static final Map<String, String> BLACKLIST_SORTS = Map.of(
            "startOn", "b.start_on", "until", "b.until_on", "agencyName", "a.name");

    private final JdbcOperations jdbc;
    private final CreditEventRepository events;
    private final CreditObjectionRepository objections;
    private final BlacklistRepository blacklist;
    private final EvidenceService evidence;
    private final StandingWriter standings;
    private final StandingRepository standingRows;
    private final CreditRuleBook rules;
    private final AgencyDirectory agencies;
    private final BureauClock clock;

    CreditQueries(JdbcOperations jdbc, CreditEventRepository events, CreditObjectionRepository objections,
                  BlacklistRepository blacklist, EvidenceService evidence, StandingWriter standings,
                  StandingRepository standingRows, CreditRuleBook rules, AgencyDirectory agencies, BureauClock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.objections = objections;
        this.blacklist = blacklist;
        this.evidence = evidence;
        this.standings = standings;
        this.standingRows = standingRows;
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
        PageResponse<CreditViews.EventView> first = events(new EventFilter(agencyId, null, null, null, null, null, null, null,
                null, null), PageQuery.of(0, RECORD_EVENTS, null));
        List<BlacklistEntry> entries = blacklist.findHistory(agencyId);
        Map<Long, List<EvidenceService.FileView>> blacklistFiles = evidence.filesOf(EvidenceFile.BLACKLIST,
                entries.stream().map(BlacklistEntry::getId).toList());
        List<CreditViews.BlacklistView> blacklistViews = entries.stream()
                .map(b -> blacklistView(b, agency.name(), agency.uscc(), today, blacklistFiles)).toList();
        String reason = entries.stream().filter(b -> b.span().activeOn(today)).map(BlacklistEntry::getReason).findFirst().orElse(null);
        return new CreditViews.AgencyCredit(agencyId, agency.name(), s.score(), s.grade(), s.blacklisted(), s.blacklistedUntil(),
                reason, CreditRules.clamp(bands.base()), s.pointsInForce(), today, first.content(), first.totalElements(),
                first.capped(), objectable(agencyId, today), blacklistViews);
    }

    /** One agency's ledger, page by page, newest first (the ledger list's filters for the bureau). */
    @Transactional
    public PageResponse<CreditViews.EventView> agencyEvents(Actor actor, long agencyId, PageQuery page) {
        visibleAgency(actor, agencyId);
        return events(new EventFilter(agencyId, null, null, null, null, null, null, null, null, null), page);
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

    // ---------------------------------------------------------------- the ledger

    public record EventFilter(@Nullable Long agencyId, @Nullable String q, @Nullable String type,
                              @Nullable EventSource source, @Nullable String status, @Nullable LocalDate from,
                              @Nullable LocalDate to, @Nullable ObjectionStatus objection,
                              @Nullable Boolean blacklistProposal, @Nullable Long engagementId) {
    }

    public static final Set<String> EVENT_STATUSES = Set.of("PROPOSED", "OBJECTED", "EFFECTIVE", "EXPIRED", "WITHDRAWN");

    /** The ledger's conditions over the events and only the joins they need (the page's ids, the counts). */
    SqlList eventQuery(EventFilter f) {
        return eventQuery(f, "FROM credit_event e"
                + (f.q() != null && !f.q().isBlank() ? " JOIN agency a ON a.id = e.agency_id" : "")
                + (f.objection() != null ? " JOIN credit_objection o ON o.event_id = e.id" : ""));
    }

    /** @param from the events with their joins: {@code e} and, where a filter needs them, {@code a} (agency), {@code o} (objection) */
    SqlList eventQuery(EventFilter f, String from) {
        LocalDate today = clock.today();
        if (f.status() != null && !f.status().isBlank() && !EVENT_STATUSES.contains(f.status())) {
            throw new PortalException(io.micronaut.http.HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                    List.of(new gov.bureau.portal.common.FieldProblem("status", "validation.credit-one-of", String.join(", ", EVENT_STATUSES))));
        }
        SqlList sql = new SqlList(from);
        sql.whereIf(f.agencyId(), "e.agency_id = ?", f.agencyId());
        sql.whereIf(f.q(), "(a.name LIKE ? OR a.uscc = ?)", f.q() == null ? null : SqlList.like(f.q()),
                f.q() == null ? null : f.q().trim().toUpperCase(java.util.Locale.ROOT));
        sql.whereIf(f.type(), "e.type_code = ?", f.type());
        sql.whereIf(f.source(), "e.source = ?", f.source());
        sql.whereIf(f.from(), "e.proposed_on >= ?", f.from());
        sql.whereIf(f.to(), "e.proposed_on <= ?", f.to());
        sql.whereIf(f.engagementId(), "e.engagement_id = ?", f.engagementId());
        if (f.objection() != null) {
            sql.where("o.status = ?", f.objection());
        }
        if (Boolean.TRUE.equals(f.blacklistProposal())) {
            sql.where("e.proposes_blacklist = TRUE AND e.status <> 'WITHDRAWN' "
                    + "AND NOT EXISTS (SELECT 1 FROM credit_blacklist_entry b WHERE b.event_id = e.id)");
        }
        if (f.status() != null && !f.status().isBlank()) {
            switch (f.status()) {
                case "PROPOSED" -> sql.where("e.status = 'PROPOSED' AND e.effective_on > ?", today);
                case "EFFECTIVE" -> sql.where("((e.status = 'EFFECTIVE' AND e.expires_on > ?) "
                        + "OR (e.status = 'PROPOSED' AND e.effective_on <= ? AND e.expires_on > ?))", today, today, today);
                case "EXPIRED" -> sql.where("e.status IN ('EFFECTIVE', 'PROPOSED') AND e.expires_on <= ?", today);
                default -> sql.where("e.status = ?", f.status());
            }
        }
        return sql;
    }

    @Transactional
    public PageResponse<CreditViews.EventView> events(EventFilter filter, PageQuery page) {
        boolean byAgencyName = page.sort() != null && page.sort().trim().startsWith("agencyName");
        SqlList rows = byAgencyName && (filter.q() == null || filter.q().isBlank())
                ? eventQuery(filter, "FROM credit_event e JOIN agency a ON a.id = e.agency_id"
                        + (filter.objection() != null ? " JOIN credit_objection o ON o.event_id = e.id" : ""))
                : eventQuery(filter);
        SqlList.Page<Long> ids = rows.page(jdbc, "SELECT e.id", eventQuery(filter), page, EVENT_SORTS, "proposedOn,desc",
                "e.id", rs -> rs.getLong(1));
        Map<Long, CreditEvent> byId = new HashMap<>();
        if (!ids.rows().isEmpty()) {
            events.findByIdIn(ids.rows()).forEach(e -> byId.put(e.getId(), e));
        }
        List<CreditEvent> ordered = ids.rows().stream().map(byId::get).filter(Objects::nonNull).toList();
        Map<Long, String> names = new HashMap<>();
        agencies.findAll(ordered.stream().map(CreditEvent::getAgencyId).collect(java.util.stream.Collectors.toSet()))
                .forEach((id, a) -> names.put(id, a.name()));
        return ids.response(eventViews(ordered, names, clock.today()));
    }

    /** Rows for the Excel export, in the list's order, at most {@code limit}, handed to {@code sink} as they are read. */
    @Transactional
    public void exportEvents(EventFilter filter, @Nullable String sort, int limit, Consumer<ExportRow> sink) {
        LocalDate today = clock.today();
        eventQuery(filter, "FROM credit_event e JOIN agency a ON a.id = e.agency_id LEFT JOIN credit_objection o ON o.event_id = e.id")
                .forEach(jdbc, "SELECT e.id, a.name, a.uscc, e.type_code, e.type_name_zh, e.type_name_en, "
                        + "e.points, e.source, e.status, e.proposed_on, e.objection_deadline, e.effective_on, e.expires_on, "
                        + "e.engagement_id, e.proposed_by_name, o.status AS objection_status, e.evidence",
                SqlList.orderBy(sort, EVENT_SORTS, "proposedOn,desc", "e.id") + " LIMIT " + limit,
                rs -> new ExportRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getInt(7), rs.getString(8),
                            CreditRules.displayStatus(EventStatus.valueOf(rs.getString(9)), SqlList.date(rs, "effective_on"),
                                    SqlList.date(rs, "expires_on"), today),
                            SqlList.date(rs, "proposed_on"), SqlList.date(rs, "objection_deadline"),
                            SqlList.date(rs, "effective_on"), SqlList.date(rs, "expires_on"),
                            (Long) rs.getObject("engagement_id", Long.class), rs.getString("proposed_by_name"),
                            rs.getString("objection_status"), rs.getString("evidence")), sink);
    }

    public record ExportRow(long id, String agencyName, String uscc, String type, String typeNameZh, String typeNameEn,
                            int points, String source, String status, LocalDate proposedOn, LocalDate objectionDeadline,
                            LocalDate effectiveOn, LocalDate expiresOn, @Nullable Long engagementId, String proposedBy,
                            @Nullable String objectionStatus, @Nullable String evidence) {
    }

    @Transactional
    public CreditViews.EventView event(Actor actor, long id) {
        CreditEvent e = events.findById(id).orElseThrow(PortalException::notFound);
        if (!actor.maySeeAgency(e.getAgencyId())) {
            throw PortalException.notFound();
        }
        Map<Long, String> names = new HashMap<>();
        agencies.find(e.getAgencyId()).ifPresent(a -> names.put(a.id(), a.name()));
        return eventViews(List.of(e), names, clock.today()).get(0);
    }

    List<CreditViews.EventView> eventViews(List<CreditEvent> list, Map<Long, String> agencyNames, LocalDate today) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(CreditEvent::getId).toList();
        Map<Long, List<EvidenceService.FileView>> files = evidence.filesOf(EvidenceFile.EVENT, ids);
        Map<Long, CreditObjection> byEvent = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            objections.findByEventIdIn(chunk).forEach(o -> byEvent.put(o.getEventId(), o));
        }
        Map<Long, List<EvidenceService.FileView>> objectionFiles = evidence.filesOf(EvidenceFile.OBJECTION,
                byEvent.values().stream().map(CreditObjection::getId).toList());
        List<Long> proposing = list.stream().filter(CreditEvent::isProposesBlacklist).map(CreditEvent::getId).toList();
        Set<Long> decided = new HashSet<>();
        for (List<Long> chunk : chunks(proposing)) {
            decided.addAll(blacklist.findDecidedEventIds(chunk));
        }
        List<CreditViews.EventView> out = new ArrayList<>(list.size());
        for (CreditEvent e : list) {
            CreditObjection o = byEvent.get(e.getId());
            CreditViews.ObjectionView ov = o == null ? null : objectionView(o, agencyNames.get(e.getAgencyId()),
                    objectionFiles.getOrDefault(o.getId(), List.of()), null);
            boolean objectable = e.objectable(today, o != null);
            out.add(new CreditViews.EventView(e.getId(), e.getAgencyId(), agencyNames.get(e.getAgencyId()), e.getTypeCode(),
                    e.getTypeNameZh(), e.getTypeNameEn(), e.getPoints(), e.getValidityMonths(), e.getSource(),
                    CreditRules.displayStatus(e.getStatus(), e.getEffectiveOn(), e.getExpiresOn(), today),
                    e.fact().inForce(today), e.isProposesBlacklist(), e.getEngagementId(), e.getEvidence(),
                    files.getOrDefault(e.getId(), List.of()), e.getProposedOn(), e.getObjectionDeadline(), objectable,
                    e.getEffectiveOn(), e.getExpiresOn(), e.getProposedByName(), e.getConfirmedByName(), clock.toOffset(e.getConfirmedAt()),
                    e.getWithdrawnByName(), clock.toOffset(e.getWithdrawnAt()), e.superseded() ? null : e.getWithdrawalReason(), e.superseded(),
                    e.getTypesVersionId(), ov,
                    decided.contains(e.getId()), e.getObjectionWaivedByName(), clock.toOffset(e.getObjectionWaivedAt()),
                    objectable && e.getStatus() == EventStatus.PROPOSED));
        }
        return out;
    }

    // ---------------------------------------------------------------- objections

    public record ObjectionFilter(@Nullable ObjectionStatus status, @Nullable ObjectionKind kind, @Nullable Long agencyId,
                                  @Nullable String q) {
    }

    @Transactional
    public PageResponse<CreditViews.ObjectionView> objections(ObjectionFilter f, PageQuery page) {
        SqlList sql = new SqlList("FROM credit_objection o JOIN agency a ON a.id = o.agency_id");
        sql.whereIf(f.status(), "o.status = ?", f.status());
        sql.whereIf(f.kind(), "o.kind = ?", f.kind());
        sql.whereIf(f.agencyId(), "o.agency_id = ?", f.agencyId());
        sql.whereIf(f.q(), "(a.name LIKE ? OR a.uscc = ?)", f.q() == null ? null : SqlList.like(f.q()),
                f.q() == null ? null : f.q().trim().toUpperCase(java.util.Locale.ROOT));
        SqlList.Page<Long> ids = sql.page(jdbc, "SELECT o.id", page, OBJECTION_SORTS, "submittedAt,desc", "o.id",
                rs -> rs.getLong(1));
        return ids.response(objectionViews(ids.rows()));
    }

    @Transactional
    public CreditViews.ObjectionView objection(Actor actor, long id) {
        CreditObjection o = objections.findById(id).orElseThrow(PortalException::notFound);
        if (!actor.maySeeAgency(o.getAgencyId())) {
            throw PortalException.notFound();
        }
        return objectionViews(List.of(id)).get(0);
    }

    private List<CreditViews.ObjectionView> objectionViews(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CreditObjection> byId = new HashMap<>();
        objections.findByIdIn(ids).forEach(o -> byId.put(o.getId(), o));
        List<CreditObjection> ordered = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        Map<Long, CreditEvent> eventsById = new HashMap<>();
        events.findByIdIn(ordered.stream().map(CreditObjection::getEventId).toList()).forEach(e -> eventsById.put(e.getId(), e));
        Map<Long, AgencySummary> names = agencies.findAll(ordered.stream().map(CreditObjection::getAgencyId).toList());
        Map<Long, List<EvidenceService.FileView>> files = evidence.filesOf(EvidenceFile.OBJECTION, ids);
        return ordered.stream().map(o -> objectionView(o, names.containsKey(o.getAgencyId()) ? names.get(o.getAgencyId()).name() : null,
                files.getOrDefault(o.getId(), List.of()), eventsById.get(o.getEventId()))).toList();
    }

    private CreditViews.ObjectionView objectionView(CreditObjection o, @Nullable String agencyName,
                                                    List<EvidenceService.FileView> files, @Nullable CreditEvent e) {
        LocalDate today = clock.today();
        boolean superseded = CreditEvent.SUPERSEDED.equals(o.getDecisionComment());
        return new CreditViews.ObjectionView(o.getId(), o.getEventId(), o.getAgencyId(), agencyName, o.getEngagementId(),
                o.getKind(), o.getReason(), o.getStatus(), o.getSubmittedByName(), clock.toOffset(o.getSubmittedAt()), o.getDecidedByName(),
                clock.toOffset(o.getDecidedAt()), superseded ? null : o.getDecisionComment(), superseded, files,
                e == null ? null : e.getTypeCode(),
                e == null ? null : e.getTypeNameZh(), e == null ? null : e.getTypeNameEn(), e == null ? null : e.getPoints(),
                e == null ? null : CreditRules.displayStatus(e.getStatus(), e.getEffectiveOn(), e.getExpiresOn(), today));
    }

    // ---------------------------------------------------------------- blacklist

    public record BlacklistFilter(@Nullable String state, @Nullable Long agencyId, @Nullable String q) {
    }

    @Transactional
    public PageResponse<CreditViews.BlacklistView> blacklist(BlacklistFilter f, PageQuery page) {
        LocalDate today = clock.today();
        SqlList sql = new SqlList("FROM credit_blacklist_entry b JOIN agency a ON a.id = b.agency_id");
        if ("CURRENT".equals(f.state())) {
            sql.where("b.start_on <= ? AND b.until_on >= ? AND (b.lifted_on IS NULL OR b.lifted_on > ?)", today, today, today);
        } else if ("ENDED".equals(f.state())) {
            sql.where("(b.until_on < ? OR b.lifted_on <= ?)", today, today);
        } else if (f.state() != null && !f.state().isBlank() && !"ALL".equals(f.state())) {
            throw new PortalException(io.micronaut.http.HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                    List.of(new gov.bureau.portal.common.FieldProblem("state", "validation.credit-one-of", "CURRENT, ENDED, ALL")));
        }
        sql.whereIf(f.agencyId(), "b.agency_id = ?", f.agencyId());
        sql.whereIf(f.q(), "(a.name LIKE ? OR a.uscc = ?)", f.q() == null ? null : SqlList.like(f.q()),
                f.q() == null ? null : f.q().trim().toUpperCase(java.util.Locale.ROOT));
        record Line(long id, String name, String uscc) {
        }
        SqlList.Page<Line> lines = sql.page(jdbc, "SELECT b.id, a.name, a.uscc", page, BLACKLIST_SORTS, "startOn,desc",
                "b.id", rs -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3)));
        Map<Long, BlacklistEntry> byId = new HashMap<>();
        (lines.rows().isEmpty() ? List.<BlacklistEntry>of() : blacklist.findByIdIn(lines.rows().stream().map(Line::id).toList())).forEach(b -> byId.put(b.getId(), b));
        Map<Long, List<EvidenceService.FileView>> files = evidence.filesOf(EvidenceFile.BLACKLIST, byId.keySet());
        List<CreditViews.BlacklistView> views = lines.rows().stream()
                .map(l -> blacklistView(byId.get(l.id()), l.name(), l.uscc(), today, files)).toList();
        return lines.response(views);
    }

    private CreditViews.BlacklistView blacklistView(BlacklistEntry b, String name, String uscc, LocalDate today,
                                                    Map<Long, List<EvidenceService.FileView>> files) {
        return new CreditViews.BlacklistView(b.getId(), b.getAgencyId(), name, uscc, b.getEventId(), b.getReason(),
                b.getEvidence(), b.getStartOn(), b.getUntilOn(), b.span().activeOn(today), b.getLiftedOn(), b.getLiftReason(),
                b.getLiftedByName(), b.getCreatedByName(), clock.toOffset(b.getCreatedAt()), files.getOrDefault(b.getId(), List.of()));
    }

    @Transactional
    public PageResponse<CreditViews.PublicBlacklistEntry> publicBlacklist(@Nullable String q, PageQuery page) {
        LocalDate today = clock.today();
        SqlList sql = new SqlList("FROM credit_blacklist_entry b JOIN agency a ON a.id = b.agency_id");
        sql.where("b.start_on <= ? AND b.until_on >= ? AND (b.lifted_on IS NULL OR b.lifted_on > ?)", today, today, today);
        sql.whereIf(q, "(a.name LIKE ? OR a.uscc = ?)", q == null ? null : SqlList.like(q),
                q == null ? null : q.trim().toUpperCase(java.util.Locale.ROOT));
        SqlList.Page<CreditViews.PublicBlacklistEntry> p = sql.page(jdbc,
                "SELECT a.id, a.name, a.uscc, a.agency_type, b.reason, b.start_on, b.until_on", page, BLACKLIST_SORTS,
                "startOn,desc", "b.id", rs -> new CreditViews.PublicBlacklistEntry(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), SqlList.date(rs, "start_on"), SqlList.date(rs, "until_on")));
        return p.response(p.rows());
    }

    // ---------------------------------------------------------------- standings of many agencies

    public record StandingFilter(@Nullable String grade, @Nullable Boolean blacklisted, @Nullable String q,
                                 @Nullable String agencyStatus, @Nullable String agencyType) {
    }

    /**
     * Agencies with their current score and grade from the read model; every agency admitted to the
     * pool has a row. By default the pool: approved and suspended agencies.
     */
    @Transactional
    public PageResponse<CreditViews.StandingView> standings(StandingFilter f, PageQuery page) {
        standings.refreshAllStale();
        SqlList sql = new SqlList("FROM agency a JOIN credit_standing s ON s.agency_id = a.id");
        if (f.agencyStatus() != null && !f.agencyStatus().isBlank()) {
            sql.where("a.status = ?", f.agencyStatus());
        } else {
            sql.where("a.status IN (" + gov.bureau.portal.agency.AgencyStatus.sqlList(gov.bureau.portal.agency.AgencyStatus::inPool) + ")");
        }
        sql.whereIf(f.agencyType(), "a.agency_type = ?", f.agencyType());
        if (f.grade() != null && !f.grade().isBlank()) {
            String g = f.grade().trim();
            if (!g.matches("[ABCD]")) {
                throw new PortalException(io.micronaut.http.HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                        List.of(new gov.bureau.portal.common.FieldProblem("grade", "validation.credit-one-of", "A, B, C, D")));
            }
            sql.where("s.grade = ?", g);
        }
        sql.whereIf(f.blacklisted(), "s.blacklisted = ?", f.blacklisted());
        sql.whereIf(f.q(), "(a.name LIKE ? OR a.uscc = ?)", f.q() == null ? null : SqlList.like(f.q()),
                f.q() == null ? null : f.q().trim().toUpperCase(java.util.Locale.ROOT));
        // the count reads the agencies alone unless a filter is on the standing (every agency of the pool has one)
        SqlList counting = (f.grade() != null && !f.grade().isBlank()) || f.blacklisted() != null ? sql : sql.over("FROM agency a");
        Map<String, String> sorts = Map.of("score", "s.score", "grade", "s.grade", "name", "a.name", "uscc", "a.uscc",
                "agencyType", "a.agency_type, a.name");
        SqlList.Page<CreditViews.StandingView> p = sql.page(jdbc, "SELECT a.id, a.name, a.uscc, a.agency_type, a.status, "
                        + "s.score, s.grade, s.blacklisted, s.blacklisted_until",
                counting, page, sorts, "name", "a.id", rs -> new CreditViews.StandingView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getBoolean(8),
                        SqlList.date(rs, "blacklisted_until")));
        return p.response(p.rows());
    }

    /** What waits for the bureau: pending objections, blacklist proposals, proposals in their window, agencies on the list. */
    @Transactional
    public CreditViews.Summary summary() {
        LocalDate today = clock.today();
        long pending = objections.countByStatus(ObjectionStatus.PENDING);
        long proposals = eventQuery(new EventFilter(null, null, null, null, null, null, null, null, true, null)).count(jdbc);
        long proposed = eventQuery(new EventFilter(null, null, null, null, "PROPOSED", null, null, null, null, null)).count(jdbc);
        long listed = new SqlList("FROM credit_blacklist_entry b")
                .where("b.start_on <= ? AND b.until_on >= ? AND (b.lifted_on IS NULL OR b.lifted_on > ?)", today, today, today)
                .count(jdbc);
        return new CreditViews.Summary(pending, proposals, proposed, listed);
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            out.add(ids.subList(from, Math.min(ids.size(), from + 1000)));
        }
        return out;
    }
}
