package gov.bureau.portal.credit;

import gov.bureau.portal.agency.CreditGrade;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The credit base score and grade bands (DOMAIN.md §6, defaults base 80, A ≥ 90, B 75–89, C 60–74,
 * D below): {@code minA} is the lowest score graded A, and so on; anything below {@code minC} is D.
 */
@Serdeable
public record CreditBands(int base, int minA, int minB, int minC) {

    public static final CreditBands DEFAULT = new CreditBands(80, 90, 75, 60);

    public CreditGrade grade(int score) {
        if (score >= minA) {
            return CreditGrade.A;
        }
        if (score >= minB) {
            return CreditGrade.B;
        }
        if (score >= minC) {
            return CreditGrade.C;
        }
        return CreditGrade.D;
    }

    /** The grade of an agency with no event in force. */
    public CreditGrade baseGrade() {
        return grade(CreditRules.clamp(base));
    }
}
