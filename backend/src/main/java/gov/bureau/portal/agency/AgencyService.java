package gov.bureau.portal.agency;

import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.audit.Changes;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.inbox.Inbox;
import gov.bureau.portal.platform.BureauClock;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The agency's profile through its lifecycle (DOMAIN.md §3): editing, submission, review, change
 * requests and pool management. Every state change is checked before anything is written, audited
 * in the same transaction and announced in the agency's inbox.
 */
@Singleton
public class AgencyService {

    static final String ENTITY = "Agency";
    static final String PROFILE_LINK = "/agency/profile";

    private final AgencyRepository agencies;
    private final ProfileStore store;
    private final ProfileVersionRepository versions;
    private final StatusChangeRepository statusChanges;
    private final AgencyFlags flags;
    private final ProfileHistory history;
    private final AuditLog audit;
    private final Inbox inbox;
    private final BureauClock clock;
    private final ApplicationEventPublisher<AgencyEvents.AdmittedToPool> admitted;
    private final List<SubmissionCheck> submissionChecks;

    AgencyService(AgencyRepository agencies, ProfileStore store, ProfileVersionRepository versions,
                  StatusChangeRepository statusChanges, AgencyFlags flags, ProfileHistory history,
                  AuditLog audit, Inbox inbox, BureauClock clock, ApplicationEventPublisher<AgencyEvents.AdmittedToPool> admitted,
                  List<SubmissionCheck> submissionChecks) {
        this.agencies = agencies;
        this.store = store;
        this.versions = versions;
        this.statusChanges = statusChanges;
        this.flags = flags;
        this.history = history;
        this.audit = audit;
        this.inbox = inbox;
        this.clock = clock;
        this.admitted = admitted;
        this.submissionChecks = submissionChecks;
    }

    /** How an edit of the profile is kept. */
    enum EditMode {
        /** never approved: the live tables are the draft */
        DRAFT,
        /** in the pool: the edit is a change request kept apart until approved */
        CHANGE
    }

    // ------------------------------------------------------------------ the agency's own profile

    @Transactional
    public AgencyViews.AgencyView mine(Actor actor) {
        return view(own(actor, false), true);
    }

    /**
     * Saves the agency's working copy. Formats are checked (an incomplete draft is fine, a wrong
     * check character is not); documents are left as they are (they have their own endpoints).
     */
    @Transactional
    public AgencyViews.AgencyView updateMine(Actor actor, ProfileData input, @Nullable Long expectedVersion) {
        Agency a = own(actor, true);
        if (expectedVersion != null && !expectedVersion.equals(a.getVersion())) {
            throw PortalException.conflict("STALE_VERSION");
        }
        EditMode mode = editMode(a);
        ProfileData before = workingCopy(a);
        ProfileData p = input.normalised().withDocuments(before.documents());
        List<FieldProblem> problems = new ArrayList<>(ProfileRules.format(p, clock.today()));
        usccTaken(p.uscc(), a.getId()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        List<ProfileDiff.Change> changes = ProfileDiff.masked(before, p);
        if (mode == EditMode.DRAFT) {
            store.write(a, p);
        } else {
            moveChange(a, ChangeState.Move.EDIT, "CHANGE_UNDER_REVIEW");
            a.setPendingChange(store.toJson(p));
        }
        a = agencies.update(a);
        if (mode == EditMode.DRAFT) {
            a = refreshFlags(a);
        }
        audit.record(actor, mode == EditMode.DRAFT ? "AGENCY_PROFILE_SAVED" : "AGENCY_CHANGE_SAVED", ENTITY, a.getId(),
                Changes.create().set("changedFields", changedFields(changes)).toMap());
        return view(a, true);
    }

    /** Submits the draft (a registration) or the change request for review. */
    @Transactional
    public AgencyViews.AgencyView submitMine(Actor actor) {
        Agency a = own(actor, true);
        EditMode mode = editMode(a);
        ProfileData p;
        Long base;
        if (mode == EditMode.DRAFT) {
            p = store.load(a);
            base = versions.findFirstByAgencyIdOrderByNumberDesc(a.getId()).map(ProfileVersion::id).orElse(null);
        } else {
            moveChange(a, ChangeState.Move.SUBMIT, "NOTHING_TO_SUBMIT");
            p = store.fromJson(a.getPendingChange());
            base = a.getApprovedVersionId();
        }
        List<FieldProblem> problems = new ArrayList<>(ProfileRules.format(p, clock.today()));
        problems.addAll(ProfileRules.completeness(p));
        usccTaken(p.uscc(), a.getId()).ifPresent(problems::add);
        for (SubmissionCheck check : submissionChecks) {
            problems.addAll(check.check(a.getId(), p));
        }
        if (!problems.isEmpty()) {
            throw new PortalException(HttpStatus.UNPROCESSABLE_ENTITY, "PROFILE_INCOMPLETE", problems);
        }
        Instant now = clock.now();
        ProfileVersion version = versions.save(new ProfileVersion(null, a.getId(), versions.maxNumber(a.getId()) + 1,
                mode == EditMode.DRAFT ? ProfileVersion.Kind.REGISTRATION : ProfileVersion.Kind.CHANGE,
                ProfileVersion.State.SUBMITTED, store.toJson(p), base, now, actor.username(), null));
        AgencyStatus from = a.getStatus();
        if (mode == EditMode.DRAFT) {
            move(a, AgencyStatus.SUBMITTED);
        }
        a.setSubmittedAt(now);
        a = agencies.update(a);
        audit.record(actor, mode == EditMode.DRAFT ? "AGENCY_SUBMITTED" : "AGENCY_CHANGE_SUBMITTED", ENTITY, a.getId(),
                Changes.create().set("version", version.number()).diff("status", from, a.getStatus()).toMap());
        inbox.notifyBureau(mode == EditMode.DRAFT ? "inbox.agency.submitted" : "inbox.agency.change-submitted",
                List.of(a.getName(), version.number()), null, "/agencies/" + a.getId());
        return view(a, true);
    }

    /** Drops a change request that is being prepared or was returned; the approved profile is unaffected. */
    @Transactional
    public AgencyViews.AgencyView discardChange(Actor actor) {
        Agency a = own(actor, true);
        ChangeState from = a.getChangeState();
        moveChange(a, ChangeState.Move.DISCARD, "NOTHING_TO_DISCARD");
        a = agencies.update(a);
        audit.record(actor, "AGENCY_CHANGE_DISCARDED", ENTITY, a.getId(), Changes.create().set("changeState", from).toMap());
        return view(a, true);
    }

    /** 年度信息确认: the agency confirms its profile is current for this year. */
    @Transactional
    public AgencyViews.AgencyView confirmYear(Actor actor) {
        Agency a = own(actor, true);
        if (!a.getStatus().inPool()) {
            throw PortalException.conflict("NOT_IN_POOL");
        }
        int year = clock.today().getYear();
        Integer before = a.getConfirmedYear();
        a.setConfirmedYear(year);
        a.setConfirmedAt(clock.now());
        a = refreshFlags(agencies.update(a));
        audit.record(actor, "AGENCY_YEAR_CONFIRMED", ENTITY, a.getId(), Changes.create().diff("confirmedYear", before, year).toMap());
        return view(a, true);
    }

    @Transactional
    public AgencyViews.AgencyView withdrawMine(Actor actor, String reason) {
        Agency a = own(actor, true);
        return view(changeStatus(actor, a, AgencyStatus.WITHDRAWN, reason, "AGENCY_WITHDRAWN", "inbox.agency.withdrawn"), true);
    }

    // ------------------------------------------------------------------ the bureau's side

    @Transactional
    public AgencyViews.AgencyView get(Actor actor, long id) {
        Agency a = visible(actor, id);
        return view(a, isOwner(actor, a));
    }

    /** The profile in force of an agency once approved (the filing form): whole to the agency itself, masked to the bureau. */
    @Transactional
    public ProfileData approvedProfile(Actor actor, long id) {
        Agency a = visible(actor, id);
        if (a.getApprovedAt() == null) {
            throw PortalException.conflict("NOT_APPROVED");
        }
        ProfileData p = store.load(a).normalised();
        return isOwner(actor, a) ? p : p.masked();
    }

    // ------------------------------------------------------------------ helpers

    Agency changeStatus(Actor actor, Agency a, AgencyStatus to, String reason, String action, String titleKey) {
        if (reason == null || reason.isBlank()) {
            throw PortalException.invalid("reason", "validation.required");
        }
        AgencyStatus from = a.getStatus();
        move(a, to);
        Instant now = clock.now();
        a.setStatusReason(reason.strip());
        a.setStatusChangedAt(now);
        if (to == AgencyStatus.WITHDRAWN && a.getChangeState() != null) {
            versions.findFirstByAgencyIdOrderByNumberDesc(a.getId()).filter(v -> v.state() == ProfileVersion.State.SUBMITTED)
                    .ifPresent(v -> versions.update(v.withState(ProfileVersion.State.REJECTED, now)));
            moveChange(a, ChangeState.Move.DROP, "STATUS_CONFLICT");
        }
        statusChanges.save(new StatusChange(null, a.getId(), from, to, reason.strip(), actor.username(), now));
        a = refreshFlags(agencies.update(a)); // the annual confirmation is asked of agencies in the pool only
        if (to.inPool()) {
            admitted.publishEvent(new AgencyEvents.AdmittedToPool(a.getId()));
        }
        audit.record(actor, action, ENTITY, a.getId(), Changes.create().diff("status", from, to).toMap(), reason.strip());
        inbox.notifyAgency(a.getId(), titleKey, List.of(a.getName()), reason.strip(), PROFILE_LINK);
        return a;
    }

    /** Brings the agency's flags up to date after its certificates, status or confirmation changed. */
    Agency refreshFlags(Agency a) {
        flags.refresh(a.getId());
        return agencies.findById(a.getId()).orElseThrow();
    }

    static void move(Agency a, AgencyStatus to) {
        if (!a.getStatus().canMoveTo(to)) {
            throw PortalException.conflict("STATUS_CONFLICT", a.getStatus());
        }
        a.setStatus(to);
    }

    /**
     * Moves the agency's change request, or 409: {@code CHANGE_UNDER_REVIEW} while the bureau has it,
     * otherwise {@code code}. A change that ends or is refused takes its content with it.
     */
    static void moveChange(Agency a, ChangeState.Move move, String code) {
        ChangeState from = a.getChangeState();
        if (!move.allowedFrom(from)) {
            throw PortalException.conflict(from == ChangeState.SUBMITTED ? "CHANGE_UNDER_REVIEW" : code);
        }
        a.setChangeState(move.target());
        if (move.target() == null || !move.target().open()) {
            a.setPendingChange(null);
        }
    }

    /** May the agency edit its profile now: a registration not under review, or a change not under review. */
    static boolean canEdit(Agency a) {
        return a.getStatus().editableDraft()
                || a.getStatus().inPool() && ChangeState.Move.EDIT.allowedFrom(a.getChangeState());
    }

    /** How the agency's edit is kept now, or 409 saying why it may not edit. */
    static EditMode editMode(Agency a) {
        if (a.getStatus().editableDraft()) {
            return EditMode.DRAFT;
        }
        if (canEdit(a)) {
            return EditMode.CHANGE;
        }
        if (a.getStatus() == AgencyStatus.SUBMITTED) {
            throw PortalException.conflict("UNDER_REVIEW");
        }
        if (a.getStatus().inPool()) {
            throw PortalException.conflict("CHANGE_UNDER_REVIEW");
        }
        throw PortalException.conflict("NOT_EDITABLE", a.getStatus());
    }

    /** The profile the agency is editing: its change request if it has one, else the live profile. */
    ProfileData workingCopy(Agency a) {
        if (a.getStatus().inPool() && a.getChangeState() != null && a.getChangeState().open()) {
            return store.fromJson(a.getPendingChange());
        }
        return store.load(a).normalised();
    }

    /** The problem on {@code uscc} when another agency than {@code agencyId} holds the code (also for the filing form's import). */
    public Optional<FieldProblem> usccTaken(String uscc, long agencyId) {
        if (uscc == null) {
            return Optional.empty();
        }
        return agencies.findByUscc(uscc).filter(other -> other.getId() != agencyId)
                .map(other -> new FieldProblem("uscc", "validation.uscc-taken"));
    }

    Agency own(Actor actor, boolean lock) {
        if (!actor.isAgency() || actor.agencyId() == null) {
            throw PortalException.notFound();
        }
        return (lock ? agencies.findByIdForUpdate(actor.agencyId()) : agencies.findById(actor.agencyId()))
                .orElseThrow(PortalException::notFound);
    }

    /** An agency sees only itself (another agency's is "not found"); the bureau sees every agency. */
    Agency visible(Actor actor, long id) {
        if (!actor.maySeeAgency(id)) {
            throw PortalException.notFound();
        }
        return agencies.findById(id).orElseThrow(PortalException::notFound);
    }

    static boolean isOwner(Actor actor, Agency a) {
        return actor.isAgency(a.getId());
    }

    private static List<String> changedFields(List<ProfileDiff.Change> changes) {
        return changes.stream().map(c -> c.block() + (c.item() == null ? "" : "[" + c.item() + "]")
                + (c.field() == null ? ":" + c.kind() : "." + c.field())).distinct().limit(100).toList();
    }

    AgencyViews.AgencyView view(Agency a, boolean owner) {
        boolean editable = owner && canEdit(a);
        ProfileData profile = owner ? workingCopy(a) : store.load(a).normalised().masked();
        AgencyViews.VersionDetail pending = owner ? null : versions.findFirstByAgencyIdOrderByNumberDesc(a.getId())
                .filter(v -> v.state() == ProfileVersion.State.SUBMITTED).map(v -> history.detail(v, false)).orElse(null);
        AgencyViews.ReviewView last = history.lastReview(a.getId());
        List<AgencyViews.StatusChangeView> statusHistory = history.statusHistory(a.getId());
        return new AgencyViews.AgencyView(a.getId(), a.getName(), a.getUscc(), a.getAgencyType(), a.getStatus(),
                a.getChangeState(), a.getVersion(), clock.toOffset(a.getRegisteredAt()), clock.toOffset(a.getSubmittedAt()),
                clock.toOffset(a.getApprovedAt()), a.getStatusReason(), clock.toOffset(a.getStatusChangedAt()),
                a.getConfirmedYear(), a.isConfirmationOverdue(),
                a.getExpiringCertificates(), a.getExpiredCertificates(), editable, profile, last, pending, statusHistory);
    }
}
