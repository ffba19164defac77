package gov.bureau.portal.agency;

/**
 * The credit area's published read model {@code credit_standing} as the agency area reads it: the agency
 * lists JOIN it read-only (CONTRIBUTING.md "Credit") and call {@link #refresh()} first, so that they are as
 * fresh as the credit pages. A port: the credit area implements it ({@code credit.CreditStandings} extends
 * it), so that agency imports nothing from credit while credit imports agency.
 */
public interface CreditReadModel {

    /**
     * Brings the rows of credit_standing that the calendar has made stale (an event came into force or
     * expired, a blacklisting ended, and the daily job has not run yet) up to date. Normally there are
     * none and this is one indexed query. Readers of the table call it before they read.
     */
    void refresh();
}
