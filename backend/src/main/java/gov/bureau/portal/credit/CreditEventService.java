package gov.bureau.portal.credit;

import gov.bureau.portal.agency.AgencyDirectory;
import gov.bureau.portal.agency.AgencySummary;
import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleVersion;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writing the ledger: staff proposals, acceptance results from the acceptance area, an ADMIN's
 * confirmation or withdrawal, and proposals coming into force when their window has passed. Every
 * method checks everything before it writes, recomputes the agency's standing and audits, in one
 * transaction.
 */
@Singleton
public class CreditEventService {

    static final String ENTITY = "CreditEvent";
    /** The audit's note when a new score supersedes an acceptance result (the record itself keeps a code). */
    static final String SUPERSEDED_NOTE = "superseded by a new acceptance score";

    private final CreditEventRepository events;
    private final CreditObjectionRepository objections;
    private final CreditRuleBook rules;
    private final StandingWriter standings;
    private final EvidenceService evidence;
    private final AgencyDirectory agencies;
    private final CreditNotifier notifier;
    private final AuditLog audit;
    private final BureauClock clock;

    CreditEventService(CreditEventRepository events, CreditObjectionRepository objections, CreditRuleBook rules,
                       StandingWriter standings, EvidenceService evidence, AgencyDirectory agencies,
                       CreditNotifier notifier, AuditLog audit, BureauClock clock) {
        this.events = events;
        this.objections = objections;
        this.rules = rules;
        this.standings = standings;
        this.evidence = evidence;
        this.agencies = agencies;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    /** STAFF or ADMIN proposes an event; it is shown to the agency and comes into force after the objection window. */
    @Transactional
    public CreditEvent propose(Actor actor, CreditCommands.ProposeEvent command) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<AgencySummary> agency = agencies.find(command.agencyId());
        if (agency.isEmpty()) {
            problems.add(new FieldProblem("agencyId", "validation.credit-agency-unknown"));
        } else if (!agency.get().status().inPool()) {
            problems.add(new FieldProblem("agencyId", "validation.credit-agency-not-in-pool"));
        }
        RuleVersion<EventTypes> table = rules.eventTypes();
        String code = command.type().trim();
        Optional<EventTypes.EventType> type = table.content().findOrDefault(code);
        if (type.isEmpty()) {
            problems.add(new FieldProblem("type", "validation.credit-type-unknown", code));
        } else if (type.get().systemOnly()) {
            problems.add(new FieldProblem("type", "validation.credit-type-system"));
        }
        if (command.source() == EventSource.ACCEPTANCE) {
            problems.add(new FieldProblem("source", "validation.credit-source-acceptance"));
        }
        problems.addAll(evidence.check(actor, command.fileIds()));
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        EventTypes.EventType t = type.get();
        standings.lock(command.agencyId());
        LocalDate today = clock.today();
        CreditRules.Schedule schedule = CreditRules.proposal(today, rules.objectionWindowDays(), t.validityMonths());
        CreditEvent e = newEvent(actor, command.agencyId(), t, table.id(), schedule, today);
        e.setSource(command.source() != null ? command.source() : t.source());
        e.setEngagementId(command.engagementId());
        e.setEvidence(command.evidence().trim());
        e.setStatus(EventStatus.PROPOSED);
        e = events.save(e);
        evidence.attach(command.fileIds(), EvidenceFile.EVENT, e.getId());
        standings.recompute(e.getAgencyId());
        notifier.eventProposed(e);
        audit.record(actor, "CREDIT_EVENT_PROPOSED", ENTITY, e.getId(), describe(e)
                .set("files", command.fileIds() == null ? 0 : command.fileIds().size()).toMap());
        return e;
    }

    /**
     * A budget unit's complaint about the agency that evaluated it (DOMAIN.md §9): a PROPOSED event of
     * type COMPLAINT with the agency's objection window, like a staff proposal.
     */
    @Transactional
    public CreditEvent proposeComplaint(Actor actor, long agencyId, long engagementId, String evidence) {
        return propose(actor, new CreditCommands.ProposeEvent(agencyId, EventTypes.COMPLAINT, engagementId, evidence,
                EventSource.COMPLAINT, null));
    }

    /**
     * The acceptance result of a scored engagement, in force at once; a score given again (after a
     * reopening) supersedes the engagement's earlier result.
     */
    @Transactional
    public CreditEvent recordAcceptance(Actor actor, long agencyId, long engagementId, String acceptanceGrade,
                                        LocalDate acceptedOn) {
        RuleVersion<EventTypes> table = rules.eventTypes();
        String code = EventTypes.acceptanceCode(acceptanceGrade);
        EventTypes.EventType t = table.content().find(code)
                .orElseThrow(() -> new IllegalStateException("event type table lacks " + code));
        if (agencies.find(agencyId).isEmpty()) {
            throw new IllegalArgumentException("no agency " + agencyId);
        }
        standings.lock(agencyId);
        List<CreditEvent> superseded = new ArrayList<>();
        List<CreditObjection> closed = new ArrayList<>();
        for (CreditEvent previous : events.findAcceptanceEvents(engagementId)) {
            closePendingObjection(actor, previous).ifPresent(closed::add);
            previous.withdraw(actor.username(), clock.now(), CreditEvent.SUPERSEDED);
            superseded.add(events.update(previous));
        }
        CreditRules.Schedule schedule = CreditRules.inForceFrom(acceptedOn, rules.objectionWindowDays(), t.validityMonths());
        CreditEvent e = newEvent(actor, agencyId, t, table.id(), schedule, acceptedOn);
        e.setSource(EventSource.ACCEPTANCE);
        e.setEngagementId(engagementId);
        e.setStatus(EventStatus.EFFECTIVE);
        e = events.save(e);
        standings.recompute(agencyId);
        notifier.eventRecorded(e);
        // the audit last: it takes the chain head, which must never be held while waiting for a row
        for (CreditObjection o : closed) {
            audit.record(actor, "CREDIT_OBJECTION_DECIDED", ObjectionService.ENTITY, o.getId(),
                    Changes.create().diff("status", ObjectionStatus.PENDING, ObjectionStatus.UPHELD).toMap(), SUPERSEDED_NOTE);
        }
        for (CreditEvent previous : superseded) {
            audit.record(actor, "CREDIT_EVENT_SUPERSEDED", ENTITY, previous.getId(),
                    Changes.create().set("engagementId", engagementId).set("status", EventStatus.WITHDRAWN).toMap(), SUPERSEDED_NOTE);
        }
        audit.record(actor, "CREDIT_EVENT_RECORDED", ENTITY, e.getId(), describe(e).set("acceptanceGrade", acceptanceGrade).toMap());
        return e;
    }

    /**
     * An ADMIN confirms a proposal. The agency keeps its objection window: the event counts from the
     * window's end, unless the agency waived it or the rule table (credit.objection-window) puts
     * confirmed events in force at once. An objection within the window suspends it as any proposal.
     */
    @Transactional
    public CreditEvent confirm(Actor actor, long id, CreditCommands.Confirm command) {
        CreditEvent e = lockForChange(id);
        requireNoPendingObjection(e);
        EventStatus before = e.getStatus();
        LocalDate effectiveBefore = e.getEffectiveOn();
        boolean atOnce = rules.objectionWindow().confirmationInForceAtOnce();
        e.confirm(actor.username(), clock.now(), clock.today(), atOnce);
        e = events.update(e);
        standings.recompute(e.getAgencyId());
        if (e.getStatus() == EventStatus.EFFECTIVE) {
            notifier.eventInForce(e);
        } else {
            notifier.eventConfirmed(e);
        }
        String comment = command == null || command.comment() == null || command.comment().isBlank() ? null : command.comment().trim();
        audit.record(actor, "CREDIT_EVENT_CONFIRMED", ENTITY, id, Changes.create()
                .diff("status", before, e.getStatus()).diff("effectiveOn", effectiveBefore, e.getEffectiveOn())
                .set("expiresOn", e.getExpiresOn()).set("confirmationInForceAtOnce", atOnce)
                .set("objectionWaived", e.getObjectionWaivedAt() != null).toMap(), comment);
        return e;
    }

    /**
     * The agency concerned gives up its objection window on a proposal: the event counts from today.
     * Another agency's event is 404.
     */
    @Transactional
    public CreditEvent waiveObjection(Actor actor, long id) {
        CreditEvent seen = events.findById(id).orElseThrow(PortalException::notFound);
        if (!actor.isAgency(seen.getAgencyId())) {
            throw PortalException.notFound();
        }
        CreditEvent e = lockForChange(id);
        if (objections.existsByEventId(id)) {
            throw PortalException.conflict("OBJECTION_EXISTS");
        }
        LocalDate effectiveBefore = e.getEffectiveOn();
        e.waiveObjection(actor.username(), clock.now(), clock.today());
        e = events.update(e);
        standings.recompute(e.getAgencyId());
        notifier.objectionWaived(e);
        audit.record(actor, "CREDIT_OBJECTION_WAIVED", ENTITY, id, Changes.create().set("status", e.getStatus())
                .diff("effectiveOn", effectiveBefore, e.getEffectiveOn()).set("expiresOn", e.getExpiresOn()).toMap());
        return e;
    }

    /** An ADMIN withdraws an event; acceptance results are corrected by reopening the acceptance instead. */
    @Transactional
    public CreditEvent withdraw(Actor actor, long id, CreditCommands.Withdraw command) {
        CreditEvent e = lockForChange(id);
        if (e.getSource() == EventSource.ACCEPTANCE) {
            throw PortalException.conflict("CREDIT_EVENT_SYSTEM");
        }
        requireNoPendingObjection(e);
        EventStatus before = e.getStatus();
        e.withdraw(actor.username(), clock.now(), command.reason().trim());
        e = events.update(e);
        standings.recompute(e.getAgencyId());
        notifier.eventWithdrawn(e);
        audit.record(actor, "CREDIT_EVENT_WITHDRAWN", ENTITY, id,
                Changes.create().diff("status", before, EventStatus.WITHDRAWN).toMap(), command.reason().trim());
        return e;
    }

    /** A proposal whose window passed without objection comes into force (the daily job). */
    @Transactional
    public boolean comeIntoForce(long id) {
        CreditEvent e = lockForChange(id);
        if (!e.dueToComeIntoForce(clock.today())) {
            return false;
        }
        e.moveTo(EventStatus.EFFECTIVE);
        e = events.update(e);
        standings.recompute(e.getAgencyId());
        notifier.eventInForce(e);
        audit.record(Actor.SYSTEM, "CREDIT_EVENT_EFFECTIVE", ENTITY, id, Changes.create()
                .diff("status", EventStatus.PROPOSED, EventStatus.EFFECTIVE).set("effectiveOn", e.getEffectiveOn()).toMap(),
                "objection window passed without objection");
        return true;
    }

    /**
     * Locks an event for a change, after its agency's credit lock: every writer takes the agency's
     * lock first, so two writers never wait on each other crosswise.
     */
    CreditEvent lockForChange(long id) {
        CreditEvent e = events.findById(id).orElseThrow(PortalException::notFound);
        standings.lock(e.getAgencyId());
        return events.findByIdForUpdate(id).orElseThrow(PortalException::notFound);
    }

    /** An ADMIN neither confirms nor withdraws an event while the agency's objection to it waits for a decision. */
    private void requireNoPendingObjection(CreditEvent e) {
        if (objections.findByEventId(e.getId()).filter(o -> o.getStatus() == ObjectionStatus.PENDING).isPresent()) {
            throw PortalException.conflict("OBJECTION_PENDING");
        }
    }

    /** Closes the objection still waiting on a superseded result (its audit is the caller's, at the end). */
    private Optional<CreditObjection> closePendingObjection(Actor actor, CreditEvent previous) {
        return objections.findByEventId(previous.getId()).filter(o -> o.getStatus() == ObjectionStatus.PENDING).map(o -> {
            o.setStatus(ObjectionStatus.UPHELD);
            o.setDecidedByName(actor.username());
            o.setDecidedAt(clock.now());
            o.setDecisionComment(CreditEvent.SUPERSEDED);
            return objections.update(o);
        });
    }

    private CreditEvent newEvent(Actor actor, long agencyId, EventTypes.EventType t, long tableVersionId,
                                 CreditRules.Schedule schedule, LocalDate proposedOn) {
        CreditEvent e = new CreditEvent();
        e.setAgencyId(agencyId);
        e.setTypeCode(t.code());
        e.setTypeNameZh(t.nameZh());
        e.setTypeNameEn(t.nameEn());
        e.setPoints(t.points());
        e.setValidityMonths(t.validityMonths());
        e.setProposesBlacklist(t.proposesBlacklist());
        e.setTypesVersionId(tableVersionId);
        e.setProposedOn(proposedOn);
        e.setObjectionDeadline(schedule.objectionDeadline());
        e.setEffectiveOn(schedule.effectiveOn());
        e.setExpiresOn(schedule.expiresOn());
        e.setProposedById(actor.userId());
        e.setProposedByName(actor.username());
        return e;
    }

    private static Changes describe(CreditEvent e) {
        return Changes.create().set("agencyId", e.getAgencyId()).set("type", e.getTypeCode()).set("points", e.getPoints())
                .set("validityMonths", e.getValidityMonths()).set("source", e.getSource()).set("status", e.getStatus())
                .set("engagementId", e.getEngagementId()).set("typesVersionId", e.getTypesVersionId())
                .set("objectionDeadline", e.getObjectionDeadline()).set("effectiveOn", e.getEffectiveOn())
                .set("expiresOn", e.getExpiresOn());
    }
}
