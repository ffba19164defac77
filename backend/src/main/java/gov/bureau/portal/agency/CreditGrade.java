package gov.bureau.portal.agency;

/**
 * An agency's credit grade in the pool (DOMAIN.md §6), best first. The credit area grades
 * ({@code credit.CreditRules}, {@code credit.CreditBands}) and publishes it in {@code credit_standing};
 * it lives here, beside the agency, because the agency directory shows and filters by it and the
 * agency area imports nothing from credit (CONTRIBUTING.md "Credit").
 */
public enum CreditGrade {
    A, B, C, D;

    /** True when this grade is the given one or better (A is best). */
    public boolean atLeast(CreditGrade minimum) {
        return ordinal() <= minimum.ordinal();
    }
}
