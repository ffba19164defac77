package gov.bureau.portal.agency;

import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.inbox.Inbox;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.security.Actor;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The bureau's decisions on an agency (DOMAIN.md §1): the review of a registration or a change request
 * (what each decision does is the table {@link ReviewOutcome}), suspension, reinstatement and
 * withdrawal. The agency's own editing is {@link AgencyService}.
 */
@Singleton
public class AgencyReviewService {

    private final AgencyService agencyService;
    private final AgencyRepository agencies;
    private final ProfileStore store;
    private final ProfileVersionRepository versions;
    private final ReviewRepository reviews;
    private final ReviewCommentRepository reviewComments;
    private final AuditLog audit;
    private final Inbox inbox;
    private final BureauClock clock;
    private final ApplicationEventPublisher<AgencyEvents.AdmittedToPool> admitted;

    AgencyReviewService(AgencyService agencyService, AgencyRepository agencies, ProfileStore store,
                        ProfileVersionRepository versions, ReviewRepository reviews, ReviewCommentRepository reviewComments,
                        AuditLog audit, Inbox inbox, BureauClock clock,
                        ApplicationEventPublisher<AgencyEvents.AdmittedToPool> admitted) {
        this.agencyService = agencyService;
        this.agencies = agencies;
        this.store = store;
        this.versions = versions;
        this.reviews = reviews;
        this.reviewComments = reviewComments;
        this.audit = audit;
        this.inbox = inbox;
        this.clock = clock;
        this.admitted = admitted;
    }

    @Transactional
    public AgencyViews.AgencyView review(Actor actor, long id, AgencyCommands.ReviewDecision command) {
        Agency a = agencies.findByIdForUpdate(id).orElseThrow(PortalException::notFound);
        ProfileVersion v = versions.findFirstByAgencyIdOrderByNumberDesc(id)
                .filter(x -> x.state() == ProfileVersion.State.SUBMITTED)
                .orElseThrow(() -> PortalException.conflict("NOTHING_TO_REVIEW"));
        String comment = command.comment() == null || command.comment().isBlank() ? null : command.comment().strip();
        if (command.decision() != Review.Decision.APPROVE && comment == null) {
            throw PortalException.invalid("comment", "validation.review-reason-required");
        }
        Instant now = clock.now();
        ReviewOutcome outcome = ReviewOutcome.of(command.decision(), v.kind());
        AgencyStatus from = a.getStatus();
        if (outcome.registration) {
            AgencyService.move(a, outcome.agencyStatus);
        } else {
            AgencyService.moveChange(a, outcome.changeMove, "NOTHING_TO_REVIEW");
        }
        if (outcome == ReviewOutcome.APPROVE_REGISTRATION) {
            a.setApprovedAt(now);
            a.setConfirmedYear(clock.today().getYear());
            a.setConfirmedAt(now);
        } else if (outcome == ReviewOutcome.APPROVE_CHANGE) {
            ProfileData change = store.fromJson(v.content());
            agencyService.usccTaken(change.uscc(), a.getId()).ifPresent(p -> {
                throw PortalException.invalid(List.of(p));
            });
            store.write(a, change);
            if (a.getApprovedVersionId() != null) {
                versions.findById(a.getApprovedVersionId()).ifPresent(old ->
                        versions.update(old.withState(ProfileVersion.State.SUPERSEDED, now)));
            }
        }
        if (command.decision() == Review.Decision.APPROVE) {
            a.setApprovedVersionId(v.id());
        }
        versions.update(v.withState(outcome.versionState, now));
        Review review = reviews.save(new Review(null, id, v.id(), command.decision(), comment, actor.userId(),
                actor.username(), now));
        List<AgencyCommands.FieldComment> fieldComments = command.fieldComments() == null ? List.of() : command.fieldComments();
        if (!fieldComments.isEmpty()) {
            reviewComments.saveAll(fieldComments.stream()
                    .map(c -> new ReviewComment(null, review.id(), c.field().strip(), c.comment().strip())).toList());
        }
        a = agencies.update(a);
        if (command.decision() == Review.Decision.APPROVE) {
            a = agencyService.refreshFlags(a); // a new member of the pool, or the approved change's certificates
        }
        if (a.getStatus() != from && a.getStatus().inPool()) {
            admitted.publishEvent(new AgencyEvents.AdmittedToPool(id));
        }
        audit.record(actor, "AGENCY_REVIEWED", AgencyService.ENTITY, id, Changes.create().set("decision", command.decision())
                .set("version", v.number()).set("kind", v.kind()).diff("status", from, a.getStatus())
                .set("fieldComments", fieldComments.size()).toMap(), comment);
        inbox.notifyAgency(id, outcome.notification, List.of(a.getName(), v.number()), comment, AgencyService.PROFILE_LINK);
        return agencyService.view(a, false);
    }

    @Transactional
    public AgencyViews.AgencyView suspend(Actor actor, long id, String reason) {
        Agency a = agencies.findByIdForUpdate(id).orElseThrow(PortalException::notFound);
        return agencyService.view(agencyService.changeStatus(actor, a, AgencyStatus.SUSPENDED, reason, "AGENCY_SUSPENDED", "inbox.agency.suspended"), false);
    }

    @Transactional
    public AgencyViews.AgencyView reinstate(Actor actor, long id, String reason) {
        Agency a = agencies.findByIdForUpdate(id).orElseThrow(PortalException::notFound);
        if (a.getStatus() != AgencyStatus.SUSPENDED) {
            throw PortalException.conflict("STATUS_CONFLICT", a.getStatus());
        }
        return agencyService.view(agencyService.changeStatus(actor, a, AgencyStatus.APPROVED, reason, "AGENCY_REINSTATED", "inbox.agency.reinstated"), false);
    }

    @Transactional
    public AgencyViews.AgencyView withdraw(Actor actor, long id, String reason) {
        Agency a = agencies.findByIdForUpdate(id).orElseThrow(PortalException::notFound);
        return agencyService.view(agencyService.changeStatus(actor, a, AgencyStatus.WITHDRAWN, reason, "AGENCY_WITHDRAWN", "inbox.agency.withdrawn"), false);
    }
}
