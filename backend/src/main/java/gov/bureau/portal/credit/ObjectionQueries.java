package gov.bureau.portal.credit;

import gov.bureau.portal.agency.AgencyDirectory;
import gov.bureau.portal.agency.AgencySummary;
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
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reading objections to credit events: the bureau's list and one objection, with the event each is about. */
@Singleton
public class ObjectionQueries {

    static final Map<String, String> OBJECTION_SORTS = Map.of(
            "submittedAt", "o.submitted_at", "decidedAt", "o.decided_at", "status", "o.status", "agencyName", "a.name");

    private final JdbcOperations jdbc;
    private final CreditEventRepository events;
    private final CreditObjectionRepository objections;
    private final EvidenceService evidence;
    private final AgencyDirectory agencies;
    private final UserNames people;
    private final BureauClock clock;

    ObjectionQueries(JdbcOperations jdbc, CreditEventRepository events, CreditObjectionRepository objections,
                     EvidenceService evidence, AgencyDirectory agencies, UserNames people, BureauClock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.objections = objections;
        this.evidence = evidence;
        this.agencies = agencies;
        this.people = people;
        this.clock = clock;
    }


    /** The objection list's filters, bound from the query string as one bean ({@code @RequestBean}). */
    @Introspected
    public record ObjectionFilter(@Nullable @QueryValue ObjectionStatus status, @Nullable @QueryValue ObjectionKind kind,
                                  @Nullable @QueryValue Long agencyId, @Nullable @QueryValue String q) {
    }

    @Transactional
    public PageResponse<CreditViews.ObjectionView> objections(ObjectionFilter f, PageQuery page) {
        SqlList.Page<Long> ids = objectionQuery(f, "").page(jdbc, "SELECT o.id", page, OBJECTION_SORTS, "submittedAt,desc", "o.id",
                rs -> rs.getLong(1));
        return ids.response(objectionViews(ids.rows()));
    }

    /** A row of the Excel export: the objection with its event and the people by display name. */
    public record ExportRow(long id, long eventId, String agencyName, String uscc, ObjectionKind kind, @Nullable String eventTypeNameZh,
                            @Nullable String eventTypeNameEn, @Nullable Integer eventPoints, ObjectionStatus status, String reason,
                            String submittedBy, OffsetDateTime submittedAt, @Nullable String decidedBy,
                            @Nullable OffsetDateTime decidedAt, @Nullable String decisionComment) {
    }

    /** Rows for the Excel export: the list's filters and order, at most {@code limit}, handed to {@code sink} as they are read. */
    @Transactional
    public void exportObjections(ObjectionFilter f, @Nullable String sort, int limit, Consumer<ExportRow> sink) {
        objectionQuery(f, " LEFT JOIN credit_event e ON e.id = o.event_id").forEach(jdbc, "SELECT o.id, o.event_id, a.name, a.uscc, "
                        + "o.kind, e.type_name_zh, e.type_name_en, e.points, o.status, o.reason, o.submitted_at, o.decided_at, "
                        + "o.decision_comment, " + UserNames.displayNameSql("o.submitted_by_name") + " AS submitted_by, "
                        + UserNames.displayNameSql("o.decided_by_name") + " AS decided_by",
                SqlList.orderBy(sort, OBJECTION_SORTS, "submittedAt,desc", "o.id") + " LIMIT " + limit, rs -> {
                    String comment = rs.getString("decision_comment");
                    return new ExportRow(rs.getLong("id"), rs.getLong("event_id"), rs.getString("name"), rs.getString("uscc"),
                            ObjectionKind.valueOf(rs.getString("kind")), rs.getString("type_name_zh"), rs.getString("type_name_en"),
                            rs.getObject("points", Integer.class), ObjectionStatus.valueOf(rs.getString("status")),
                            rs.getString("reason"), rs.getString("submitted_by"), clock.toOffset(rs.getTimestamp("submitted_at").toInstant()),
                            rs.getString("decided_by"), rs.getTimestamp("decided_at") == null ? null
                                    : clock.toOffset(rs.getTimestamp("decided_at").toInstant()),
                            CreditEvent.SUPERSEDED.equals(comment) ? null : comment);
                }, sink);
    }

    private static SqlList objectionQuery(ObjectionFilter f, String moreJoins) {
        SqlList sql = new SqlList("FROM credit_objection o JOIN agency a ON a.id = o.agency_id" + moreJoins);
        sql.whereIf(f.status(), "o.status = ?", f.status());
        sql.whereIf(f.kind(), "o.kind = ?", f.kind());
        sql.whereIf(f.agencyId(), "o.agency_id = ?", f.agencyId());
        sql.whereNameOrUscc("a.name", "a.uscc", f.q());
        return sql;
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
        Map<String, String> shown = people.displayNames(ordered.stream()
                .flatMap(o -> Stream.of(o.getSubmittedByName(), o.getDecidedByName())).toList());
        return ordered.stream().map(o -> objectionView(o, names.containsKey(o.getAgencyId()) ? names.get(o.getAgencyId()).name() : null,
                files.getOrDefault(o.getId(), List.of()), eventsById.get(o.getEventId()), shown)).toList();
    }

    CreditViews.ObjectionView objectionView(CreditObjection o, @Nullable String agencyName,
                                            List<EvidenceService.FileView> files, @Nullable CreditEvent e,
                                            Map<String, String> shown) {
        LocalDate today = clock.today();
        boolean superseded = CreditEvent.SUPERSEDED.equals(o.getDecisionComment());
        return new CreditViews.ObjectionView(o.getId(), o.getEventId(), o.getAgencyId(), agencyName, o.getEngagementId(),
                o.getKind(), o.getReason(), o.getStatus(), shown.get(o.getSubmittedByName()), clock.toOffset(o.getSubmittedAt()), shown.get(o.getDecidedByName()),
                clock.toOffset(o.getDecidedAt()), superseded ? null : o.getDecisionComment(), superseded, files,
                e == null ? null : e.getTypeCode(),
                e == null ? null : e.getTypeNameZh(), e == null ? null : e.getTypeNameEn(), e == null ? null : e.getPoints(),
                e == null ? null : CreditRules.displayStatus(e.getStatus(), e.getEffectiveOn(), e.getExpiresOn(), today));
    }
}
