package gov.bureau.portal.supervision;

import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.SqlList;
import gov.bureau.portal.credit.CreditRepairs;
import gov.bureau.portal.identity.UserNames;
import gov.bureau.portal.inbox.Inbox;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.rules.RuleVersion;
import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Credit repair by procedure (信用修复, DOMAIN.md §11): the agency applies with its written commitment,
 * its explanation and proof of correction, once the minimum disclosure period has passed
 * ({@link RepairRules}); STAFF reviews; an ADMIN decides, and a grant repairs through the credit area.
 */
@Singleton
public class RepairService {

    static final String ENTITY = "CreditRepair";
    private static final Map<String, String> SORTS = Map.of("id", "r.id", "repairedOn", "r.repaired_on, r.id");

    private final Repositories.RepairRepository repairs;
    private final CreditRepairs credit;
    private final RuleBook book;
    private final SupervisionRules.SettingsTable settingsTable;
    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final BureauClock clock;
    private final Inbox inbox;
    private final UserNames people;

    RepairService(Repositories.RepairRepository repairs, CreditRepairs credit, RuleBook book,
                  SupervisionRules.SettingsTable settingsTable, JdbcOperations jdbc, AuditLog audit, BureauClock clock,
                  Inbox inbox, UserNames people) {
        this.repairs = repairs;
        this.credit = credit;
        this.book = book;
        this.settingsTable = settingsTable;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.inbox = inbox;
        this.people = people;
    }

    @Transactional
    public SupervisionViews.RepairView apply(Actor actor, SupervisionCommands.ApplyRepair command) {
        Long agencyId = actor.agencyId();
        if (agencyId == null) {
            throw PortalException.notFound();
        }
        if ((command.eventId() == null) == (command.blacklistId() == null)) {
            throw PortalException.invalid("eventId", "validation.supervision-repair-one-subject");
        }
        boolean blacklisting = command.blacklistId() != null;
        String field = blacklisting ? "blacklistId" : "eventId";
        Optional<CreditRepairs.Subject> found = blacklisting ? credit.blacklisting(command.blacklistId()) : credit.event(command.eventId());
        CreditRepairs.Subject subject = found.filter(s -> actor.isAgency(s.agencyId()))
                .orElseThrow(() -> PortalException.invalid(field, "validation.supervision-repair-unknown"));
        if (!subject.repairable()) {
            throw PortalException.invalid(field, "validation.supervision-repair-not-repairable");
        }
        if (openFor(agencyId, command.eventId(), command.blacklistId())) {
            throw PortalException.conflict("REPAIR_PENDING");
        }
        RuleVersion<SupervisionRules.Settings> settings = book.current(settingsTable);
        LocalDate today = clock.today();
        Optional<RepairRules.Refusal> refusal = RepairRules.check(blacklisting, subject.since(), today,
                lastRepairedOn(agencyId), settings.content());
        if (refusal.isPresent()) {
            throw refusal.get().from() == null ? PortalException.conflict(refusal.get().code())
                    : PortalException.conflict(refusal.get().code(), refusal.get().from().toString());
        }
        Records.Repair r = repairs.save(new Records.Repair(null, agencyId, command.eventId(), command.blacklistId(), true,
                command.explanation().trim(), blank(command.correctionProof()), RepairStatus.APPLIED, actor.username(),
                clock.now(), null, null, null, null, null, null, null, null, settings.id()));
        audit.record(actor, "CREDIT_REPAIR_APPLIED", ENTITY, r.id(), Changes.create().set("agencyId", agencyId)
                .set("eventId", r.eventId()).set("blacklistId", r.blacklistId()).set("commitment", true).toMap());
        return view(r, subject, null, shownNames(List.of(r)));
    }

    @Transactional
    public SupervisionViews.RepairView review(Actor actor, long id, SupervisionCommands.ReviewRepair command) {
        Records.Repair r = repairs.findByIdForUpdate(id).orElseThrow(PortalException::notFound);
        if (r.status() != RepairStatus.APPLIED) {
            throw PortalException.conflict("REPAIR_NOT_APPLIED");
        }
        Records.Repair updated = repairs.update(r.reviewed(command.recommendation(), command.comment().trim(), actor.username(), clock.now()));
        audit.record(actor, "CREDIT_REPAIR_REVIEWED", ENTITY, id, Changes.create()
                .diff("status", RepairStatus.APPLIED, RepairStatus.REVIEWED).set("recommends", command.recommendation()).toMap(),
                command.comment().trim());
        return one(actor, updated.id());
    }

    @Transactional
    public SupervisionViews.RepairView decide(Actor actor, long id, SupervisionCommands.DecideRepair command) {
        Records.Repair r = repairs.findByIdForUpdate(id).orElseThrow(PortalException::notFound);
        if (r.status() != RepairStatus.REVIEWED) {
            throw PortalException.conflict(r.status() == RepairStatus.APPLIED ? "REPAIR_NOT_REVIEWED" : "REPAIR_DECIDED");
        }
        RepairStatus outcome = RepairStatus.valueOf(command.outcome());
        String comment = command.comment().trim();
        LocalDate today = clock.today();
        if (outcome == RepairStatus.GRANTED) {
            if (r.eventId() != null) {
                credit.repairEvent(actor, r.eventId(), comment);
            } else {
                credit.repairBlacklisting(actor, r.blacklistId(), comment);
            }
        }
        Records.Repair updated = repairs.update(r.decided(outcome, comment, actor.username(), clock.now(),
                outcome == RepairStatus.GRANTED ? today : null));
        inbox.notifyAgency(r.agencyId(), "inbox.supervision.repair-" + outcome.name().toLowerCase(java.util.Locale.ROOT),
                List.of(id), comment, "/supervision/my-repairs");
        audit.record(actor, "CREDIT_REPAIR_DECIDED", ENTITY, id, Changes.create()
                .diff("status", RepairStatus.REVIEWED, outcome).set("repairedOn", updated.repairedOn()).toMap(), comment);
        return one(actor, id);
    }

    @Transactional
    public SupervisionViews.RepairView one(Actor actor, long id) {
        Records.Repair r = repairs.findById(id).orElseThrow(PortalException::notFound);
        if (!actor.maySeeAgency(r.agencyId())) {
            throw PortalException.notFound();
        }
        return view(r, subject(r), agencyName(r.agencyId()), shownNames(List.of(r)));
    }

    @Transactional
    public PageResponse<SupervisionViews.RepairView> list(Actor actor, @Nullable RepairStatus status, @Nullable Long agencyId,
                                                          PageQuery page) {
        SqlList sql = new SqlList("FROM credit_repair r");
        if (actor.isAgency()) {
            sql.where("r.agency_id = ?", actor.agencyId());
        } else {
            sql.whereIf(agencyId, "r.agency_id = ?", agencyId);
        }
        sql.whereIf(status, "r.status = ?", status == null ? null : status.name());
        SqlList.Page<Long> p = sql.page(jdbc, "SELECT r.id", page, SORTS, "id,desc", "r.id", rs -> rs.getLong(1));
        List<Records.Repair> rows = new ArrayList<>();
        for (long id : p.rows()) {
            repairs.findById(id).ifPresent(rows::add);
        }
        Map<String, String> shown = shownNames(rows);
        List<SupervisionViews.RepairView> views = rows.stream().map(r -> view(r, subject(r), agencyName(r.agencyId()), shown)).toList();
        return p.response(views);
    }

    /** The granted repairs of a year, for the public record: agency, what was repaired, the repair date. */
    @Transactional
    public PageResponse<SupervisionViews.PublicRepair> publicRepairs(int year, PageQuery page) {
        SqlList sql = new SqlList("FROM credit_repair r JOIN agency a ON a.id = r.agency_id");
        sql.where("r.status = 'GRANTED' AND r.repaired_on >= ? AND r.repaired_on < ?",
                java.sql.Date.valueOf(LocalDate.of(year, 1, 1)), java.sql.Date.valueOf(LocalDate.of(year + 1, 1, 1)));
        SqlList.Page<long[]> p = sql.page(jdbc, "SELECT r.id, r.agency_id", page, SORTS, "repairedOn,desc", "r.id",
                rs -> new long[]{rs.getLong(1), rs.getLong(2)});
        List<SupervisionViews.PublicRepair> out = new ArrayList<>();
        for (long[] row : p.rows()) {
            Records.Repair r = repairs.findById(row[0]).orElseThrow();
            CreditRepairs.Subject s = subject(r);
            String[] agency = agency(r.agencyId());
            out.add(new SupervisionViews.PublicRepair(r.agencyId(), agency[0], agency[1], s.kind().name(), s.typeNameZh(),
                    s.typeNameEn(), r.repairedOn()));
        }
        return p.response(out);
    }

    private CreditRepairs.Subject subject(Records.Repair r) {
        return (r.eventId() != null ? credit.event(r.eventId()) : credit.blacklisting(r.blacklistId())).orElseThrow();
    }

    /** Who applied, reviewed and decided, as people are named (王业务, not staff): one lookup. */
    private Map<String, String> shownNames(List<Records.Repair> rows) {
        return people.displayNames(rows.stream().flatMap(r -> java.util.stream.Stream.of(r.appliedByName(), r.reviewedByName(),
                r.decidedByName())).toList());
    }

    private SupervisionViews.RepairView view(Records.Repair r, CreditRepairs.Subject s, @Nullable String agencyName,
                                             Map<String, String> shown) {
        return new SupervisionViews.RepairView(r.id(), r.agencyId(), agencyName, s.kind().name(), r.eventId(), r.blacklistId(),
                s.typeCode(), s.typeNameZh(), s.typeNameEn(), s.since(), r.explanation(), r.correctionProof(), r.status(),
                shown.get(r.appliedByName()), clock.toOffset(r.appliedAt()), r.reviewRecommends(), r.reviewComment(),
                shown.get(r.reviewedByName()), clock.toOffset(r.reviewedAt()), r.decisionComment(), shown.get(r.decidedByName()), clock.toOffset(r.decidedAt()),
                r.repairedOn());
    }

    private boolean openFor(long agencyId, @Nullable Long eventId, @Nullable Long blacklistId) {
        return repairs.findByAgency(agencyId).stream().anyMatch(r -> r.status().open()
                && java.util.Objects.equals(r.eventId(), eventId) && java.util.Objects.equals(r.blacklistId(), blacklistId));
    }

    @Nullable
    LocalDate lastRepairedOn(long agencyId) {
        return jdbc.prepareStatement("SELECT MAX(repaired_on) AS d FROM credit_repair WHERE agency_id = ? AND status = 'GRANTED'", ps -> {
            ps.setLong(1, agencyId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? SqlList.date(rs, "d") : null;
            }
        });
    }

    @Nullable
    private String agencyName(long agencyId) {
        return agency(agencyId)[0];
    }

    private String[] agency(long agencyId) {
        return jdbc.prepareStatement("SELECT name, uscc FROM agency WHERE id = ?", ps -> {
            ps.setLong(1, agencyId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new String[]{rs.getString(1), rs.getString(2)} : new String[]{null, null};
            }
        });
    }

    @Nullable
    private static String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

}
