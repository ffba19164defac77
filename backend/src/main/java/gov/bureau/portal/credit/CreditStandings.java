package gov.bureau.portal.credit;

import gov.bureau.portal.agency.CreditGrade;
import gov.bureau.portal.agency.CreditReadModel;
import gov.bureau.portal.security.Actor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * How other areas read and feed an agency's credit (DOMAIN.md §6). Engagement selection reads
 * standings for eligibility; acceptance reports each scored engagement. The credit area implements
 * it, and the credit package imports nothing from engagement or acceptance (they depend on it, not
 * the reverse).
 *
 * <p>Who may read credit tables (CONTRIBUTING.md "Credit", the one rule): {@code credit_standing} is
 * a published read model. Every agency admitted to the pool has a row (from its approval), so other
 * areas may JOIN it, read-only, to show, filter and sort by score, grade and blacklisting, without a
 * fallback for a missing row; they call {@link #refresh()} first (the agency area, below credit,
 * through the port {@link CreditReadModel}), so that their lists are as fresh as the credit pages. Every other credit table (events, objections, files, blacklist entries, results)
 * is private to the credit package and read only through its classes.
 */
public interface CreditStandings extends CreditReadModel {

    /** The current standing of each agency asked about; every id asked about is in the answer. */
    Map<Long, CreditStanding> standings(Collection<Long> agencyIds);

    /** The grade of an agency with no effective event (the base score's grade, under the bands in force). */
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
