package gov.bureau.portal.acceptance;

import gov.bureau.portal.common.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FeeArithmeticTest {

    private static final BigDecimal SHARE = new BigDecimal("0.30");

    @ParameterizedTest
    @CsvSource({
            "100000.00, 1.00, 100000.00",
            "100000.00, 0.95, 95000.00",
            "100000.00, 0.85, 85000.00",
            "100000.00, 0.00, 0.00",
            // half a fen rounds up, less rounds down
            "0.10, 0.95, 0.10",          // 0.095 -> 0.10
            "0.01, 0.85, 0.01",          // 0.0085 -> 0.01
            "0.03, 0.85, 0.03",          // 0.0255 -> 0.03
            "0.05, 0.85, 0.04",          // 0.0425 -> 0.04
            "12345.67, 0.95, 11728.39",  // 11728.3865 -> 11728.39
            "12345.61, 0.85, 10493.77",  // 10493.7685 -> 10493.77
            "33333.33, 0.9333, 31110.00",// 31110.0009 -> 31110.00
            "99999999999.99, 0.95, 94999999999.99"}) // 94999999999.9905 -> .99
    void payableIsTheFeeTimesTheRatioRoundedHalfUpToTheFen(BigDecimal fee, BigDecimal ratio, String payable) {
        BigDecimal result = FeeArithmetic.payable(fee, ratio);
        assertThat(result.toPlainString()).isEqualTo(payable);
        assertThat(result.scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"100000.00, 30000.00", "0.05, 0.02", "0.15, 0.05", "33333.33, 10000.00", "1234.57, 370.37"})
    void theAdvanceLimitIsAShareOfTheFee(BigDecimal fee, String limit) {
        assertThat(FeeArithmetic.advanceLimit(fee, SHARE).toPlainString()).isEqualTo(limit);
    }

    @Test
    void advancesBeforeAcceptanceStopAtTheShare() {
        BigDecimal fee = new BigDecimal("100000.00");
        assertThat(FeeArithmetic.checkPayment(fee, SHARE, null, BigDecimal.ZERO, new BigDecimal("30000.00"))).isEmpty();
        assertThat(FeeArithmetic.checkPayment(fee, SHARE, null, new BigDecimal("20000.00"), new BigDecimal("10000.00"))).isEmpty();
        Optional<FieldProblem> over = FeeArithmetic.checkPayment(fee, SHARE, null, new BigDecimal("20000.00"), new BigDecimal("10000.01"));
        assertThat(over).map(FieldProblem::messageKey).contains("validation.payment-above-advance");
        assertThat(over.get().args()).containsExactly("30000.00", "10000.00");
    }

    @Test
    void afterAcceptanceNoPaymentTakesTheTotalAbovePayable() {
        BigDecimal fee = new BigDecimal("100000.00");
        BigDecimal payable = new BigDecimal("95000.00");
        assertThat(FeeArithmetic.checkPayment(fee, SHARE, payable, new BigDecimal("30000.00"), new BigDecimal("65000.00"))).isEmpty();
        Optional<FieldProblem> over = FeeArithmetic.checkPayment(fee, SHARE, payable, new BigDecimal("30000.00"), new BigDecimal("65000.01"));
        assertThat(over).map(FieldProblem::messageKey).contains("validation.payment-above-payable");
        assertThat(over.get().args()).containsExactly("95000.00", "65000.00");
        assertThat(FeeArithmetic.checkPayment(fee, SHARE, payable, payable, new BigDecimal("0.01"))).isPresent();
    }

    @Test
    void aFailPaysNothingAndAdvancesBecomeAnAmountToRecover() {
        BigDecimal fee = new BigDecimal("100000.00");
        BigDecimal payable = FeeArithmetic.payable(fee, new FeeRatioRules().defaults().ratioFor(AcceptanceGrade.FAIL));
        assertThat(payable).isEqualByComparingTo("0");
        assertThat(FeeArithmetic.checkPayment(fee, SHARE, payable, BigDecimal.ZERO, new BigDecimal("0.01"))).isPresent();
        BigDecimal paid = new BigDecimal("30000.00");
        assertThat(FeeArithmetic.remaining(payable, paid).toPlainString()).isEqualTo("-30000.00");
        assertThat(FeeArithmetic.toRecover(payable, paid).toPlainString()).isEqualTo("30000.00");
        Optional<FieldProblem> none = FeeArithmetic.checkPayment(fee, SHARE, payable, paid, new BigDecimal("1.00"));
        assertThat(none.get().args()).containsExactly("0.00", "0.00");
    }

    @Test
    void anAdvanceAboveAPassPayableShowsTheDifferenceToRecover() {
        BigDecimal payable = FeeArithmetic.payable(new BigDecimal("10000.00"), new BigDecimal("0.25"));
        assertThat(FeeArithmetic.remaining(payable, new BigDecimal("3000.00")).toPlainString()).isEqualTo("-500.00");
        assertThat(FeeArithmetic.toRecover(payable, new BigDecimal("2000.00")).toPlainString()).isEqualTo("0.00");
    }

    @Test
    void paymentsArePositiveAndInFen() {
        BigDecimal fee = new BigDecimal("100.00");
        assertThat(FeeArithmetic.checkPayment(fee, SHARE, null, BigDecimal.ZERO, BigDecimal.ZERO)).map(FieldProblem::messageKey).contains("validation.positive");
        assertThat(FeeArithmetic.checkPayment(fee, SHARE, null, BigDecimal.ZERO, new BigDecimal("-1"))).map(FieldProblem::messageKey).contains("validation.positive");
        assertThat(FeeArithmetic.checkPayment(fee, SHARE, null, BigDecimal.ZERO, new BigDecimal("1.001"))).map(FieldProblem::messageKey).contains("validation.money-precision");
        assertThat(FeeArithmetic.checkPayment(fee, SHARE, null, BigDecimal.ZERO, null)).isPresent();
    }

    @Test
    void anAccountSettlesWhenExactlyThePositivePayableIsPaid() {
        assertThat(FeeArithmetic.settles(new BigDecimal("95000.00"), new BigDecimal("95000.00"))).isTrue();
        assertThat(FeeArithmetic.settles(new BigDecimal("95000.00"), new BigDecimal("95000"))).isTrue();
        assertThat(FeeArithmetic.settles(new BigDecimal("95000.00"), new BigDecimal("94999.99"))).isFalse();
        assertThat(FeeArithmetic.settles(new BigDecimal("85000.00"), new BigDecimal("90000.00"))).as("to recover first").isFalse();
        assertThat(FeeArithmetic.settles(new BigDecimal("0.00"), new BigDecimal("0.00"))).as("a FAIL pays nothing and settles nothing").isFalse();
    }
}
