package gov.bureau.portal.credit;

import gov.bureau.portal.identity.Actor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The one way other areas read and feed an agency's credit (DOMAIN.md §6). Engagement selection
 * reads standings for eligibility; acceptance reports each scored engagement. The credit area
 * implements it; nothing outside the credit package reads credit tables directly, and the credit
 * package imports nothing from engagement or acceptance (they depend on it, not the reverse).
 */
public interface CreditStandings {

    /** The current standing of each agency asked about; every id asked about is in the answer. */
    Map<Long, CreditStanding> standings(Collection<Long> agencyIds);

    /**
     * The grade of an agency with no effective event (the base score's grade). Lists that join the
     * {@code credit_standing} table use it for agencies without a row.
     */
    CreditGrade baseGrade();

    default CreditStanding standing(long agencyId) {
        return standings(java.util.List.of(agencyId)).get(agencyId);
    }

    /**
     * An engagement was accepted (scored): the credit ledger records the acceptance event that
     * belongs to the grade. Called inside the acceptance's transaction.
     *
     * @param acceptanceGrade EXCELLENT, GOOD, PASS or FAIL (API.md)
     */
    void recordAcceptance(Actor actor, long agencyId, long engagementId, String acceptanceGrade, LocalDate acceptedOn);
}
