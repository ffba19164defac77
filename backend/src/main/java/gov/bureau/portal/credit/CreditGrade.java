package gov.bureau.portal.credit;

/** An agency's credit grade (DOMAIN.md §6), best first. */
public enum CreditGrade {
    A, B, C, D;

    /** True when this grade is the given one or better (A is best). */
    public boolean atLeast(CreditGrade minimum) {
        return ordinal() <= minimum.ordinal();
    }
}
