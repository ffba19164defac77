package gov.bureau.portal.credit;

import gov.bureau.portal.agency.AgencyDirectory;
import gov.bureau.portal.agency.AgencySummary;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.platform.BureauClock;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The blacklist (黑名单, DOMAIN.md §6): an ADMIN puts an agency on it for a period with the reason and
 * its ground, recorded with the entry: a confirmed event of a type that proposes blacklisting, or
 * evidence files; it leaves the list when the period ends, or earlier by a recorded credit repair (信用修复).
 */
@Singleton
public class BlacklistService {

    static final String ENTITY = "Agency";

    private final BlacklistRepository blacklist;
    private final CreditEventRepository events;
    private final StandingWriter standings;
    private final CreditRuleBook rules;
    private final EvidenceService evidence;
    private final AgencyDirectory agencies;
    private final CreditNotifier notifier;
    private final AuditLog audit;
    private final BureauClock clock;

    BlacklistService(BlacklistRepository blacklist, CreditEventRepository events, StandingWriter standings,
                     CreditRuleBook rules, EvidenceService evidence, AgencyDirectory agencies, CreditNotifier notifier,
                     AuditLog audit, BureauClock clock) {
        this.blacklist = blacklist;
        this.events = events;
        this.standings = standings;
        this.rules = rules;
        this.evidence = evidence;
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
        // its ground: a confirmed event of a type that proposes blacklisting, or evidence files with the reason
        if (command.eventId() != null) {
            Optional<CreditEvent> event = events.findById(command.eventId());
            if (event.isEmpty() || event.get().getAgencyId() != agencyId || !groundsBlacklisting(event.get(), today)) {
                problems.add(new FieldProblem("eventId", "validation.credit-blacklist-event"));
            }
        } else if (command.fileIds() == null || command.fileIds().isEmpty()) {
            problems.add(new FieldProblem("fileIds", "validation.credit-blacklist-ground"));
        }
        problems.addAll(evidence.check(actor, command.fileIds()));
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
        evidence.attach(command.fileIds(), EvidenceFile.BLACKLIST, b.getId());
        standings.recompute(agencyId);
        notifier.blacklisted(b);
        audit.record(actor, "AGENCY_BLACKLISTED", ENTITY, agencyId, Changes.create().set("blacklistEntryId", b.getId())
                .set("startOn", b.getStartOn()).set("until", b.getUntilOn()).set("eventId", b.getEventId())
                .set("files", command.fileIds() == null ? 0 : command.fileIds().size()).toMap(), b.getReason());
        return b;
    }

    /**
     * An event that grounds a blacklisting: of a type that proposes it, and confirmed by an ADMIN or
     * in force (its window passed, or an objection to it was dismissed); not withdrawn, not suspended
     * by a pending objection.
     */
    static boolean groundsBlacklisting(CreditEvent e, LocalDate today) {
        if (!e.isProposesBlacklist()) {
            return false;
        }
        return switch (e.getStatus()) {
            case EFFECTIVE -> true;
            case PROPOSED -> e.getConfirmedAt() != null || !e.getEffectiveOn().isAfter(today);
            case OBJECTED, WITHDRAWN -> false;
        };
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
