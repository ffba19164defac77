package gov.bureau.portal.agency;

/**
 * Where an approved agency's change request stands. The approved profile stays in force until a
 * change is approved; then the change is applied and the state is cleared.
 */
public enum ChangeState {
    /** Being edited by the agency, not yet submitted. */
    EDITING,
    SUBMITTED,
    /** Returned with the reviewer's reasons; the agency may fix and resubmit. */
    RETURNED,
    /** Refused; the agency may start a new change from the approved profile. */
    REJECTED
}
