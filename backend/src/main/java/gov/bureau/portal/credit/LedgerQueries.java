package gov.bureau.portal.credit;

import gov.bureau.portal.agency.AgencyDirectory;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.identity.UserNames;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.annotation.QueryValue;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reading the credit ledger: the events of all agencies, page by page and as an export, and one event.
 * One SQL query for the page's ids (joined with the agency only where a filter or the sort needs it)
 * plus a fixed number of queries for the page's rows.
 */
@Singleton
public class LedgerQueries {

    /**
     * Each served by an index of V30/V47 read in one direction (type and status continue by the proposal
     * date, as their indexes do), except agencyName, which sorts the matching events.
     */
    static final Map<String, String> EVENT_SORTS = Map.of(
            "proposedOn", "e.proposed_on", "effectiveOn", "e.effective_on", "expiresOn", "e.expires_on",
            "points", "e.points", "type", "e.type_code, e.proposed_on", "agencyName", "a.name", "status",
            "e.status, e.proposed_on", "id", "e.id");

    private final JdbcOperations jdbc;
    private final CreditEventRepository events;
    private final CreditObjectionRepository objections;
    private final BlacklistRepository blacklist;
    private final EvidenceService evidence;
    private final ObjectionQueries objectionQueries;
    private final AgencyDirectory agencies;
    private final UserNames people;
    private final BureauClock clock;

    LedgerQueries(JdbcOperations jdbc, CreditEventRepository events, CreditObjectionRepository objections,
                  BlacklistRepository blacklist, EvidenceService evidence, ObjectionQueries objectionQueries,
                  AgencyDirectory agencies, UserNames people, BureauClock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.objections = objections;
        this.blacklist = blacklist;
        this.evidence = evidence;
        this.objectionQueries = objectionQueries;
        this.agencies = agencies;
        this.people = people;
        this.clock = clock;
    }


    /**
     * The ledger's filters, bound from the query string as one bean ({@code @RequestBean}) shared by the
     * list and its export. {@code status} is how the event reads today.
     */
    @Introspected
    public record EventFilter(@Nullable @QueryValue Long agencyId, @Nullable @QueryValue String q,
                              @Nullable @QueryValue String type, @Nullable @QueryValue EventSource source,
                              @Nullable @QueryValue EventDisplayStatus status, @Nullable @QueryValue LocalDate from,
                              @Nullable @QueryValue LocalDate to, @Nullable @QueryValue ObjectionStatus objection,
                              @Nullable @QueryValue Boolean blacklistProposal, @Nullable @QueryValue Long engagementId) {

        /** No filter: every event. */
        public static EventFilter all() {
            return new EventFilter(null, null, null, null, null, null, null, null, null, null);
        }

        /** One agency's ledger. */
        public static EventFilter ofAgency(long agencyId) {
            return new EventFilter(agencyId, null, null, null, null, null, null, null, null, null);
        }

        /** The events that read {@code status} today. */
        public static EventFilter reading(EventDisplayStatus status) {
            return new EventFilter(null, null, null, null, status, null, null, null, null, null);
        }

        /** Events proposing blacklisting with no blacklist decision yet. */
        public static EventFilter blacklistProposals() {
            return new EventFilter(null, null, null, null, null, null, null, null, true, null);
        }
    }

    /** The ledger's conditions over the events and only the joins they need (the page's ids, the counts). */
    SqlList eventQuery(EventFilter f) {
        return eventQuery(f, "FROM credit_event e"
                + (f.q() != null && !f.q().isBlank() ? " JOIN agency a ON a.id = e.agency_id" : "")
                + (f.objection() != null ? " JOIN credit_objection o ON o.event_id = e.id" : ""));
    }

    /** @param from the events with their joins: {@code e} and, where a filter needs them, {@code a} (agency), {@code o} (objection) */
    SqlList eventQuery(EventFilter f, String from) {
        LocalDate today = clock.today();
        SqlList sql = new SqlList(from);
        sql.whereIf(f.agencyId(), "e.agency_id = ?", f.agencyId());
        sql.whereNameOrUscc("a.name", "a.uscc", f.q());
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
        if (f.status() != null) {
            switch (f.status()) {
                case PROPOSED -> sql.where("e.status = 'PROPOSED' AND e.effective_on > ?", today);
                case EFFECTIVE -> sql.where("((e.status = 'EFFECTIVE' AND e.expires_on > ?) "
                        + "OR (e.status = 'PROPOSED' AND e.effective_on <= ? AND e.expires_on > ?))", today, today, today);
                case EXPIRED -> sql.where("e.status IN ('EFFECTIVE', 'PROPOSED') AND e.expires_on <= ?", today);
                case OBJECTED, WITHDRAWN -> sql.where("e.status = ?", f.status().name());
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
                rs -> new ExportRow(rs.getLong("id"), rs.getString("name"), rs.getString("uscc"), rs.getString("type_code"),
                            rs.getString("type_name_zh"), rs.getString("type_name_en"), rs.getInt("points"), rs.getString("source"),
                            CreditRules.displayStatus(EventStatus.valueOf(rs.getString("status")), SqlList.date(rs, "effective_on"),
                                    SqlList.date(rs, "expires_on"), today),
                            SqlList.date(rs, "proposed_on"), SqlList.date(rs, "objection_deadline"),
                            SqlList.date(rs, "effective_on"), SqlList.date(rs, "expires_on"),
                            (Long) rs.getObject("engagement_id", Long.class), rs.getString("proposed_by_name"),
                            rs.getString("objection_status"), rs.getString("evidence")), sink);
    }

    public record ExportRow(long id, String agencyName, String uscc, String type, String typeNameZh, String typeNameEn,
                            int points, String source, EventDisplayStatus status, LocalDate proposedOn, LocalDate objectionDeadline,
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
        for (List<Long> chunk : CreditQueries.chunks(ids)) {
            objections.findByEventIdIn(chunk).forEach(o -> byEvent.put(o.getEventId(), o));
        }
        Map<Long, List<EvidenceService.FileView>> objectionFiles = evidence.filesOf(EvidenceFile.OBJECTION,
                byEvent.values().stream().map(CreditObjection::getId).toList());
        List<Long> proposing = list.stream().filter(CreditEvent::isProposesBlacklist).map(CreditEvent::getId).toList();
        Set<Long> decided = new HashSet<>();
        for (List<Long> chunk : CreditQueries.chunks(proposing)) {
            decided.addAll(blacklist.findDecidedEventIds(chunk));
        }
        // who proposed, confirmed, withdrew, waived or decided, as people are named (王业务, not staff): one lookup
        List<String> actors = new ArrayList<>();
        list.forEach(e -> actors.addAll(Arrays.asList(e.getProposedByName(), e.getConfirmedByName(),
                e.getWithdrawnByName(), e.getObjectionWaivedByName())));
        byEvent.values().forEach(o -> actors.addAll(Arrays.asList(o.getSubmittedByName(), o.getDecidedByName())));
        Map<String, String> shown = people.displayNames(actors);
        List<CreditViews.EventView> out = new ArrayList<>(list.size());
        for (CreditEvent e : list) {
            CreditObjection o = byEvent.get(e.getId());
            CreditViews.ObjectionView ov = o == null ? null : objectionQueries.objectionView(o, agencyNames.get(e.getAgencyId()),
                    objectionFiles.getOrDefault(o.getId(), List.of()), null, shown);
            boolean objectable = e.objectable(today, o != null);
            out.add(new CreditViews.EventView(e.getId(), e.getAgencyId(), agencyNames.get(e.getAgencyId()), e.getTypeCode(),
                    e.getTypeNameZh(), e.getTypeNameEn(), e.getPoints(), e.getValidityMonths(), e.getSource(),
                    CreditRules.displayStatus(e.getStatus(), e.getEffectiveOn(), e.getExpiresOn(), today),
                    e.fact().inForce(today), e.isProposesBlacklist(), e.getEngagementId(), e.getEvidence(),
                    files.getOrDefault(e.getId(), List.of()), e.getProposedOn(), e.getObjectionDeadline(), objectable,
                    e.getEffectiveOn(), e.getExpiresOn(), shown.get(e.getProposedByName()), shown.get(e.getConfirmedByName()),
                    clock.toOffset(e.getConfirmedAt()), shown.get(e.getWithdrawnByName()), clock.toOffset(e.getWithdrawnAt()), e.superseded() ? null : e.getWithdrawalReason(), e.superseded(),
                    e.getTypesVersionId(), ov,
                    decided.contains(e.getId()), shown.get(e.getObjectionWaivedByName()), clock.toOffset(e.getObjectionWaivedAt()),
                    objectable && e.getStatus() == EventStatus.PROPOSED));
        }
        return out;
    }
}
