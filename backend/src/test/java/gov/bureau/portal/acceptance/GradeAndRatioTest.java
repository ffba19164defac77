package gov.bureau.portal.acceptance;

import gov.bureau.portal.common.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class GradeAndRatioTest {

    private final GradeBandRules.Bands bands = new GradeBandRules().defaults();
    private final FeeRatioRules.Ratios ratios = new FeeRatioRules().defaults();

    @ParameterizedTest
    @CsvSource({
            "100, EXCELLENT", "90, EXCELLENT", "90.0, EXCELLENT", "89.9, GOOD", "89.5, GOOD", "80, GOOD", "79.9, PASS",
            "60, PASS", "59.9, FAIL", "0, FAIL", "95.5, EXCELLENT", "72, PASS"})
    void theTotalGivesTheGrade(BigDecimal total, AcceptanceGrade grade) {
        assertThat(bands.gradeOf(total)).isEqualTo(grade);
    }

    @ParameterizedTest
    @CsvSource({"EXCELLENT, 1.00", "GOOD, 0.95", "PASS, 0.85", "FAIL, 0.00"})
    void theGradeGivesTheShareOfTheFee(AcceptanceGrade grade, BigDecimal ratio) {
        assertThat(ratios.ratioFor(grade)).isEqualByComparingTo(ratio);
    }

    @Test
    void editedBandsApply() {
        GradeBandRules.Bands strict = new GradeBandRules.Bands(new BigDecimal("95"), new BigDecimal("85"), new BigDecimal("70"));
        assertThat(strict.gradeOf(new BigDecimal("92"))).isEqualTo(AcceptanceGrade.GOOD);
        assertThat(strict.gradeOf(new BigDecimal("65"))).isEqualTo(AcceptanceGrade.FAIL);
    }

    @Test
    void bandsMustDescendAndStayWithinAHundred() {
        GradeBandRules rules = new GradeBandRules();
        assertThat(rules.validate(bands)).isEmpty();
        assertThat(rules.validate(new GradeBandRules.Bands(new BigDecimal("80"), new BigDecimal("90"), new BigDecimal("60"))))
                .extracting(FieldProblem::messageKey).containsExactly("validation.grade-bands-order");
        assertThat(rules.validate(new GradeBandRules.Bands(new BigDecimal("101"), new BigDecimal("80"), BigDecimal.ZERO)))
                .extracting(FieldProblem::field).containsExactly("content.excellentFrom", "content.passFrom");
    }

    @Test
    void ratiosAreFractionsThatDoNotRiseAsTheGradeFalls() {
        FeeRatioRules rules = new FeeRatioRules();
        assertThat(rules.validate(ratios)).isEmpty();
        assertThat(rules.validate(new FeeRatioRules.Ratios(new BigDecimal("1.2"), new BigDecimal("0.95"), new BigDecimal("-0.1"), BigDecimal.ZERO)))
                .extracting(FieldProblem::field).containsExactly("content.excellent", "content.pass");
        assertThat(rules.validate(new FeeRatioRules.Ratios(BigDecimal.ONE, new BigDecimal("0.80"), new BigDecimal("0.90"), BigDecimal.ZERO)))
                .extracting(FieldProblem::messageKey).containsExactly("validation.fee-ratios-order");
        assertThat(rules.validate(new FeeRatioRules.Ratios(BigDecimal.ONE, new BigDecimal("0.95123"), new BigDecimal("0.85"), BigDecimal.ZERO)))
                .extracting(FieldProblem::messageKey).containsExactly("validation.digits");
    }

    @Test
    void theAdvanceShareIsAFraction() {
        AdvanceShareRules rules = new AdvanceShareRules();
        assertThat(rules.defaults().share()).isEqualByComparingTo("0.30");
        assertThat(rules.validate(rules.defaults())).isEmpty();
        assertThat(rules.validate(new AdvanceShareRules.Share(new BigDecimal("1.5")))).hasSize(1);
        assertThat(rules.validate(new AdvanceShareRules.Share(null))).hasSize(1);
    }
}
