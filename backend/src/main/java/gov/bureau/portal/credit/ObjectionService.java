package gov.bureau.portal.credit;

import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * Objections (异议, DOMAIN.md §6): an agency objects to a proposed event or to an acceptance score
 * within the window; an ADMIN upholds (the event is withdrawn; for a score the acceptance is
 * reopened through {@link AcceptanceCorrections}, so that it is scored again and the fee follows)
 * or dismisses (a suspended proposal comes into force from the decision).
 */
@Singleton
public class ObjectionService {

    static final String ENTITY = "CreditObjection";

    private final CreditObjectionRepository objections;
    private final CreditEventRepository events;
    private final CreditEventService eventService;
    private final StandingWriter standings;
    private final EvidenceService evidence;
    private final BeanProvider<AcceptanceCorrections> corrections;
    private final CreditNotifier notifier;
    private final AuditLog audit;
    private final BureauClock clock;

    ObjectionService(CreditObjectionRepository objections, CreditEventRepository events, CreditEventService eventService,
                     StandingWriter standings, EvidenceService evidence, BeanProvider<AcceptanceCorrections> corrections,
                     CreditNotifier notifier, AuditLog audit, BureauClock clock) {
        this.objections = objections;
        this.events = events;
        this.eventService = eventService;
        this.standings = standings;
        this.evidence = evidence;
        this.corrections = corrections;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CreditObjection object(Actor actor, long eventId, CreditCommands.RaiseObjection command) {
        CreditEvent seen = events.findById(eventId).orElseThrow(PortalException::notFound);
        if (!actor.isAgency(seen.getAgencyId())) {
            throw PortalException.notFound();
        }
        CreditEvent e = eventService.lockForChange(eventId);
        LocalDate today = clock.today();
        if (objections.existsByEventId(eventId)) {
            throw PortalException.conflict("OBJECTION_EXISTS");
        }
        if (e.getObjectionWaivedAt() != null) {
            throw PortalException.conflict("OBJECTION_WAIVED");
        }
        EventStatus before = e.getStatus();
        e.objected(); // a proposal is suspended until decided; 409 for a withdrawn event
        if (!CreditRules.objectionOpen(e.getObjectionDeadline(), today)) {
            throw PortalException.conflict("OBJECTION_WINDOW_CLOSED", e.getObjectionDeadline().toString());
        }
        List<FieldProblem> problems = evidence.check(actor, command.fileIds());
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        CreditObjection o = new CreditObjection();
        o.setEventId(eventId);
        o.setAgencyId(e.getAgencyId());
        boolean score = e.getSource() == EventSource.ACCEPTANCE;
        o.setKind(score ? ObjectionKind.ACCEPTANCE_SCORE : ObjectionKind.EVENT);
        o.setEngagementId(score ? e.getEngagementId() : null);
        o.setReason(command.reason().trim());
        o.setStatus(ObjectionStatus.PENDING);
        o.setSubmittedById(actor.userId());
        o.setSubmittedByName(actor.username());
        o.setSubmittedAt(clock.now());
        o = objections.save(o);
        evidence.attach(command.fileIds(), EvidenceFile.OBJECTION, o.getId());
        if (e.getStatus() != before) {
            events.update(e);
        }
        standings.recompute(e.getAgencyId());
        notifier.objectionSubmitted(o, e);
        audit.record(actor, "CREDIT_OBJECTION_SUBMITTED", ENTITY, o.getId(), Changes.create()
                .set("eventId", eventId).set("kind", o.getKind()).set("engagementId", o.getEngagementId())
                .diff("eventStatus", before, e.getStatus())
                .set("files", command.fileIds() == null ? 0 : command.fileIds().size()).toMap(), o.getReason());
        return o;
    }

    /**
     * An ADMIN decides. Upholding an objection to a score reopens the acceptance: its engagement is
     * locked first (through {@link AcceptanceCorrections}), before the agency's credit lock, the
     * order in which scoring takes them, so that a decision and a re-score never wait for each other.
     */
    @Transactional
    public CreditObjection decide(Actor actor, long objectionId, CreditCommands.Decide command) {
        CreditObjection seen = objections.findById(objectionId).orElseThrow(PortalException::notFound);
        boolean upheld = "UPHELD".equals(command.outcome());
        boolean reopen = upheld && seen.getKind() == ObjectionKind.ACCEPTANCE_SCORE;
        if (reopen && !corrections.isPresent()) {
            throw PortalException.conflict("ACCEPTANCE_CORRECTION_UNAVAILABLE");
        }
        if (reopen) {
            corrections.get().lockForCorrection(actor, seen.getEngagementId());
        }
        CreditEvent e = eventService.lockForChange(seen.getEventId());
        CreditObjection o = objections.findByIdForUpdate(objectionId).orElseThrow(PortalException::notFound);
        if (o.getStatus().decided()) {
            throw PortalException.conflict("OBJECTION_DECIDED");
        }
        String comment = command.comment().trim();
        EventStatus before = e.getStatus();
        if (upheld) {
            e.withdraw(actor.username(), clock.now(), comment); // the screens say it was an upheld objection
        } else {
            e.objectionDismissed(clock.today());
        }
        if (e.getStatus() != before) {
            events.update(e);
        }
        o.setStatus(upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED);
        o.setDecidedByName(actor.username());
        o.setDecidedAt(clock.now());
        o.setDecisionComment(comment);
        o = objections.update(o);
        standings.recompute(e.getAgencyId());
        notifier.objectionDecided(o, e);
        if (reopen) {
            corrections.get().reopenAfterUpheldObjection(actor, o.getEngagementId(), comment); // audits the reopening
        }
        audit.record(actor, "CREDIT_OBJECTION_DECIDED", ENTITY, o.getId(), Changes.create()
                .set("outcome", o.getStatus()).set("eventId", e.getId()).set("kind", o.getKind())
                .set("engagementId", o.getEngagementId()).diff("eventStatus", before, e.getStatus())
                .set("acceptanceReopened", reopen).toMap(), comment);
        return o;
    }
}
