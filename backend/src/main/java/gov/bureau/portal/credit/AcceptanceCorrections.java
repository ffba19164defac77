package gov.bureau.portal.credit;

import gov.bureau.portal.identity.Actor;

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
}
