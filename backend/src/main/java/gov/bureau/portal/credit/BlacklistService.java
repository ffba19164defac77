package gov.bureau.portal.credit;

import gov.bureau.portal.agency.AgencyDirectory;
import gov.bureau.portal.agency.AgencySummary;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.identity.Actor;
import gov.bureau.portal.platform.BureauClock;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The blacklist (黑名单, DOMAIN.md §6): an ADMIN puts an agency on it for a period with the reason and
 * evidence; it leaves the list when the period ends, or earlier by a recorded credit repair (信用修复).
 */
@Singleton
public class BlacklistService {

    static final String ENTITY = "Agency";

    private final BlacklistRepository blacklist;
    private final CreditEventRepository events;
    private final StandingWriter standings;
    private final CreditRuleBook rules;
    private final AgencyDirectory agencies;
    private final CreditNotifier notifier;
    private final AuditLog audit;
    private final BureauClock clock;

    BlacklistService(BlacklistRepository blacklist, CreditEventRepository events, StandingWriter standings,
                     CreditRuleBook rules, AgencyDirectory agencies, CreditNotifier notifier, AuditLog audit,
                     BureauClock clock) {
        this.blacklist = blacklist;
        this.events = events;
        this.standings = standings;
        this.rules = rules;
        this.agencies = agencies;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public BlacklistEntry blacklist(Actor actor, long agencyId, CreditCommands.Blacklist command) {
        Optional<AgencySummary> agency = agencies.find(agencyId);
        if (agency.isEmpty()) {
            throw PortalException.notFound();
        }
        LocalDate today = clock.today();
        List<FieldProblem> problems = new ArrayList<>();
        if (!agency.get().status().inPool()) {
            problems.add(new FieldProblem("agencyId", "validation.credit-agency-not-in-pool"));
        }
        LocalDate until = command.until() != null ? command.until() : CreditRules.blacklistUntil(today, rules.blacklistMonths());
        if (until.isBefore(today)) {
            problems.add(new FieldProblem("until", "validation.credit-until-past"));
        } else if (until.isAfter(today.plusMonths(CreditRuleTables.MAX_BLACKLIST_MONTHS))) {
            problems.add(new FieldProblem("until", "validation.credit-until-too-late", CreditRuleTables.MAX_BLACKLIST_MONTHS));
        }
        if (command.eventId() != null) {
            Optional<CreditEvent> event = events.findById(command.eventId());
            if (event.isEmpty() || event.get().getAgencyId() != agencyId || event.get().getStatus() == EventStatus.WITHDRAWN) {
                problems.add(new FieldProblem("eventId", "validation.credit-blacklist-event"));
            }
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        standings.lock(agencyId);
        if (!blacklist.findActive(agencyId, today).isEmpty()) {
            throw PortalException.conflict("ALREADY_BLACKLISTED");
        }
        BlacklistEntry b = new BlacklistEntry();
        b.setAgencyId(agencyId);
        b.setEventId(command.eventId());
        b.setReason(command.reason().trim());
        b.setEvidence(command.evidence() == null || command.evidence().isBlank() ? null : command.evidence().trim());
        b.setStartOn(today);
        b.setUntilOn(until);
        b.setCreatedByName(actor.username());
        b.setCreatedAt(clock.now());
        b = blacklist.save(b);
        standings.recompute(agencyId);
        notifier.blacklisted(b);
        audit.record(actor, "AGENCY_BLACKLISTED", ENTITY, agencyId, Changes.create().set("blacklistEntryId", b.getId())
                .set("startOn", b.getStartOn()).set("until", b.getUntilOn()).set("eventId", b.getEventId()).toMap(), b.getReason());
        return b;
    }

    /** 信用修复: the agency leaves the list today, with the recorded reason. */
    @Transactional
    public BlacklistEntry repair(Actor actor, long agencyId, CreditCommands.Repair command) {
        if (agencies.find(agencyId).isEmpty()) {
            throw PortalException.notFound();
        }
        standings.lock(agencyId);
        LocalDate today = clock.today();
        BlacklistEntry b = blacklist.findActive(agencyId, today).stream().findFirst()
                .orElseThrow(() -> PortalException.conflict("NOT_BLACKLISTED"));
        b.setLiftedOn(today);
        b.setLiftReason(command.reason().trim());
        b.setLiftedByName(actor.username());
        b.setLiftedAt(clock.now());
        b = blacklist.update(b);
        standings.recompute(agencyId);
        notifier.blacklistLifted(b);
        audit.record(actor, "AGENCY_BLACKLIST_LIFTED", ENTITY, agencyId, Changes.create().set("blacklistEntryId", b.getId())
                .set("liftedOn", today).set("until", b.getUntilOn()).toMap(), b.getLiftReason());
        return b;
    }
}
