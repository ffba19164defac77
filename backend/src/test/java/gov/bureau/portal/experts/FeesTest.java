package gov.bureau.portal.experts;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeesTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void theDefaultsAreThoseOfTheDomain() {
        FeeRules.Rates r = new FeeRules().defaults();
        assertThat(r.perDay(ExpertTitle.SENIOR)).isEqualByComparingTo("1500");
        assertThat(r.perDay(ExpertTitle.INTERMEDIATE)).isEqualByComparingTo("900");
        assertThat(r.perDay(ExpertTitle.OTHER)).isEqualByComparingTo("900");
        assertThat(new FeeRules().validate(r)).isEmpty();
    }

    @Test
    void halfADayCountsHalf() {
        assertThat(Fees.amount(d("1500.00"), d("0.5"))).isEqualTo(d("750.00"));
        assertThat(Fees.amount(d("1500.00"), d("1"))).isEqualTo(d("1500.00"));
        assertThat(Fees.amount(d("900.00"), d("2.5"))).isEqualTo(d("2250.00"));
        assertThat(Fees.amount(d("933.33"), d("0.5"))).as("half up to the fen").isEqualTo(d("466.67"));
        assertThat(Fees.amount(d("0"), d("1"))).isEqualTo(d("0.00"));
    }

    @Test
    void daysComeInHalfDaySteps() {
        for (String ok : new String[]{"0.5", "1", "1.0", "2.5", "30"}) {
            assertThat(Fees.isHalfDays(d(ok))).as(ok).isTrue();
        }
        for (String bad : new String[]{"0", "-0.5", "0.25", "1.3", "30.5"}) {
            assertThat(Fees.isHalfDays(d(bad))).as(bad).isFalse();
        }
        assertThatThrownBy(() -> Fees.amount(d("900"), d("0.3"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRateTableIsValidatedAmountByAmount() {
        assertThat(new FeeRules().validate(new FeeRules.Rates(d("-1"), d("900.001"), d("900"))))
                .extracting(p -> p.field()).containsExactly("content.seniorPerDay", "content.intermediatePerDay");
    }
}
