package gov.bureau.portal.engagement;

import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.rules.RuleBook;
import gov.bureau.portal.rules.RuleVersion;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;

/**
 * The one place where an engagement changes state: it takes the row lock, checks the move against
 * {@link EngagementState}, sets the new state's deadline and writes the timeline. Services of this
 * area and of acceptance call it inside their own transaction and audit the decision themselves.
 */
@Singleton
public class EngagementWorkflow {

    private final EngagementRepository engagements;
    private final StateChangeRepository timeline;
    private final RuleBook rules;
    private final DeadlineRules deadlines;
    private final BureauClock clock;

    EngagementWorkflow(EngagementRepository engagements, StateChangeRepository timeline, RuleBook rules,
                       DeadlineRules deadlines, BureauClock clock) {
        this.engagements = engagements;
        this.timeline = timeline;
        this.rules = rules;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Reads an engagement the actor may see; an agency asking for another agency's gets 404. */
    @Transactional
    public Engagement visible(Actor actor, long id) {
        return checkVisible(actor, engagements.findById(id).orElseThrow(PortalException::notFound));
    }

    /** Locks an engagement the actor may see (SELECT ... FOR UPDATE) until the transaction ends. */
    @Transactional
    public Engagement lock(Actor actor, long id) {
        return checkVisible(actor, engagements.findByIdForUpdate(id).orElseThrow(PortalException::notFound));
    }

    /** For an agency: only engagements it holds; the bureau sees all. */
    public static Engagement checkVisible(Actor actor, Engagement e) {
        if (!actor.maySeeAgency(e.getAgencyId())) {
            throw PortalException.notFound();
        }
        return e;
    }

    /** 409 unless the engagement is in one of the states. */
    public static void requireState(Engagement e, EngagementState... allowed) {
        if (!Arrays.asList(allowed).contains(e.getState())) {
            throw PortalException.conflict("ENGAGEMENT_STATE", e.getState().name(),
                    String.join(", ", Arrays.stream(allowed).map(Enum::name).toList()));
        }
    }

    /** Moves a locked engagement to its next state; 409 for a move the lifecycle does not allow. */
    @Transactional
    public Engagement move(Actor actor, Engagement e, EngagementState target, @Nullable String note) {
        return move(actor, e, target, null, note);
    }

    /** As {@link #move(Actor, Engagement, EngagementState, String)}, with the portal's code for the step. */
    @Transactional
    public Engagement move(Actor actor, Engagement e, EngagementState target, @Nullable StateChange.Code code, @Nullable String note) {
        if (!e.getState().canMoveTo(target)) {
            throw PortalException.conflict("ENGAGEMENT_TRANSITION", e.getState().name(), target.name());
        }
        EngagementState from = e.getState();
        e.setState(target);
        e.setStateEnteredAt(clock.now());
        scheduleDeadline(e);
        Engagement saved = engagements.update(e);
        timeline.save(new StateChange(null, e.getId(), from, target, clock.now(), actor.userId(), actor.username(),
                code, note == null || note.isBlank() ? null : note.trim()));
        return saved;
    }

    /** Records the first state of a new engagement. */
    @Transactional
    public void started(Actor actor, Engagement e) {
        timeline.save(new StateChange(null, e.getId(), null, e.getState(), clock.now(), actor.userId(), actor.username(), null, null));
    }

    /** Sets the deadline of the current state by the deadline table in force; clears the overdue flag. */
    void scheduleDeadline(Engagement e) {
        RuleVersion<DeadlineRules.Days> days = rules.current(deadlines);
        e.setDeadline(days.content().dueDate(e.getState(), clock.today(), e.getPlannedEnd()).orElse(null));
        e.setDeadlineVersionId(days.id());
        e.setOverdue(false);
        e.setOverdueSince(null);
    }

    @Transactional
    public List<StateChange> timeline(long engagementId) {
        return timeline.findByEngagementIdOrderById(engagementId);
    }
}
