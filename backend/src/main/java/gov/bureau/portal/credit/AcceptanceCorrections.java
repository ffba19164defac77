package gov.bureau.portal.credit;

import gov.bureau.portal.security.Actor;

/**
 * What the credit area asks of acceptance when an ADMIN upholds an agency's objection to an
 * acceptance score (DOMAIN.md §6): the scored acceptance is reopened so that it is scored again,
 * and the fee follows the corrected score. The acceptance area implements this port; the credit
 * area calls it inside the objection decision's transaction and never imports acceptance itself.
 */
public interface AcceptanceCorrections {

    /**
     * @param engagementId the engagement whose acceptance score was objected to
     * @param reason the ADMIN's decision text, recorded as the reason of the reopening
     */
    void reopenAfterUpheldObjection(Actor admin, long engagementId, String reason);

    /**
     * Locks what a correction of the engagement's score will change, before the credit area takes
     * the agency's credit lock: scoring takes the engagement's locks first and the credit lock after
     * (through {@link CreditStandings#recordAcceptance}), so a decision must take them in that order too.
     */
    default void lockForCorrection(Actor admin, long engagementId) {
    }
}
