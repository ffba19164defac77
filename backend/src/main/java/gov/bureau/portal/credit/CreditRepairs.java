package gov.bureau.portal.credit;

import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Credit repair (信用修复, DOMAIN.md §11) as the credit area offers it to the supervision area, which
 * runs the procedure (application, review, decision): what a repair would concern, and the repair
 * itself. A repaired event stops counting on the day of the decision (its expiry moves to that day);
 * a repaired blacklisting is lifted that day (as {@link BlacklistService#repair}).
 */
@Singleton
public class CreditRepairs {

    /** What a repair concerns: an event of the ledger or an entry of the blacklist. */
    public enum Kind { EVENT, BLACKLISTING }

    /**
     * @param since the day the disclosure began (an event's effectiveOn, a blacklisting's start)
     * @param repairable an event in force today (effective, or proposed with its window passed or waived) with negative points, or a blacklisting active today
     */
    public record Subject(Kind kind, long id, long agencyId, String typeCode, String typeNameZh, String typeNameEn,
                          int points, LocalDate since, LocalDate until, boolean repairable) {
    }

    private final CreditEventRepository events;
    private final BlacklistRepository blacklist;
    private final BlacklistService blacklistService;
    private final StandingWriter standings;
    private final AuditLog audit;
    private final BureauClock clock;

    CreditRepairs(CreditEventRepository events, BlacklistRepository blacklist, BlacklistService blacklistService,
                  StandingWriter standings, AuditLog audit, BureauClock clock) {
        this.events = events;
        this.blacklist = blacklist;
        this.blacklistService = blacklistService;
        this.standings = standings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Optional<Subject> event(long eventId) {
        LocalDate today = clock.today();
        return events.findById(eventId).map(e -> new Subject(Kind.EVENT, e.getId(), e.getAgencyId(), e.getTypeCode(),
                e.getTypeNameZh(), e.getTypeNameEn(), e.getPoints(), e.getEffectiveOn(), e.getExpiresOn(),
                e.fact().inForce(today) && e.getPoints() < 0));
    }

    @Transactional
    public Optional<Subject> blacklisting(long blacklistId) {
        LocalDate today = clock.today();
        return blacklist.findById(blacklistId).map(b -> new Subject(Kind.BLACKLISTING, b.getId(), b.getAgencyId(),
                "BLACKLIST", "列入黑名单", "Blacklisting", 0, b.getStartOn(), b.getUntilOn(), b.span().activeOn(today)));
    }

    /** The event stops counting today; the ledger keeps it with its new expiry. Checks before it writes. */
    @Transactional
    public void repairEvent(Actor actor, long eventId, String reason) {
        CreditEvent seen = events.findById(eventId).orElseThrow(PortalException::notFound);
        standings.lock(seen.getAgencyId());
        CreditEvent e = events.findByIdForUpdate(eventId).orElseThrow(PortalException::notFound);
        LocalDate today = clock.today();
        if (!e.fact().inForce(today)) {
            throw PortalException.conflict("REPAIR_NOT_IN_FORCE");
        }
        LocalDate before = e.getExpiresOn();
        e.setExpiresOn(today);
        events.update(e);
        standings.recompute(e.getAgencyId());
        audit.record(actor, "CREDIT_EVENT_REPAIRED", CreditEventService.ENTITY, eventId,
                Changes.create().diff("expiresOn", before, today).toMap(), reason);
    }

    /** The agency leaves the blacklist today, if this entry is the one it is on. */
    @Transactional
    public void repairBlacklisting(Actor actor, long blacklistId, String reason) {
        BlacklistEntry b = blacklist.findById(blacklistId).orElseThrow(PortalException::notFound);
        if (!b.span().activeOn(clock.today())) {
            throw PortalException.conflict("REPAIR_NOT_IN_FORCE");
        }
        blacklistService.repair(actor, b.getAgencyId(), new CreditCommands.Repair(reason));
    }
}
