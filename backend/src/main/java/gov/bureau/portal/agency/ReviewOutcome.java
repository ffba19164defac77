package gov.bureau.portal.agency;

import io.micronaut.core.annotation.Nullable;

/**
 * What the bureau's review decision does (DOMAIN.md §1), written once as a table: for each decision on a
 * registration or on a change request, the reviewed version's new state, the agency's new status (a
 * registration) or the change request's move (a change), and the notification the agency receives.
 */
enum ReviewOutcome {
    //                  decision                 registration  version state                   agency status            change move               notification
    APPROVE_REGISTRATION(Review.Decision.APPROVE, true, ProfileVersion.State.APPROVED, AgencyStatus.APPROVED, null, "inbox.agency.approved"),
    APPROVE_CHANGE(Review.Decision.APPROVE, false, ProfileVersion.State.APPROVED, null, ChangeState.Move.APPLY, "inbox.agency.change-approved"),
    RETURN_REGISTRATION(Review.Decision.RETURN, true, ProfileVersion.State.RETURNED, AgencyStatus.RETURNED, null, "inbox.agency.returned"),
    RETURN_CHANGE(Review.Decision.RETURN, false, ProfileVersion.State.RETURNED, null, ChangeState.Move.RETURN, "inbox.agency.change-returned"),
    REJECT_REGISTRATION(Review.Decision.REJECT, true, ProfileVersion.State.REJECTED, AgencyStatus.REJECTED, null, "inbox.agency.rejected"),
    REJECT_CHANGE(Review.Decision.REJECT, false, ProfileVersion.State.REJECTED, null, ChangeState.Move.REJECT, "inbox.agency.change-rejected");

    final Review.Decision decision;
    final boolean registration;
    final ProfileVersion.State versionState;
    /** A registration's: the agency's status after the decision. */
    @Nullable final AgencyStatus agencyStatus;
    /** A change request's: how the change moves. */
    @Nullable final ChangeState.Move changeMove;
    final String notification;

    ReviewOutcome(Review.Decision decision, boolean registration, ProfileVersion.State versionState,
                  @Nullable AgencyStatus agencyStatus, @Nullable ChangeState.Move changeMove, String notification) {
        this.decision = decision;
        this.registration = registration;
        this.versionState = versionState;
        this.agencyStatus = agencyStatus;
        this.changeMove = changeMove;
        this.notification = notification;
    }

    static ReviewOutcome of(Review.Decision decision, ProfileVersion.Kind kind) {
        boolean registration = kind == ProfileVersion.Kind.REGISTRATION;
        for (ReviewOutcome o : values()) {
            if (o.decision == decision && o.registration == registration) {
                return o;
            }
        }
        throw new IllegalArgumentException(decision + " " + kind);
    }
}
