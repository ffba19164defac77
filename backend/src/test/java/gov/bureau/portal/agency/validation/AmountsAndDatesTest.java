package gov.bureau.portal.agency.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AmountsAndDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "1", "12.5", "180000.00", "9999999999999.99", "1.10", "3.000"})
    void acceptableAmounts(String amount) {
        assertThat(Amounts.check(new BigDecimal(amount))).as(amount).isEmpty();
        assertThat(Amounts.normalise(new BigDecimal(amount)).scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"-0.01, NEGATIVE", "-100, NEGATIVE", "1.001, SCALE", "0.125, SCALE", "10000000000000.00, TOO_LARGE",
            "99999999999999, TOO_LARGE"})
    void unacceptableAmounts(String amount, Amounts.Problem problem) {
        assertThat(Amounts.check(new BigDecimal(amount))).contains(problem);
    }

    @Test
    void anAbsentAmountIsNotWrong() {
        assertThat(Amounts.check(null)).isEmpty();
        assertThat(Amounts.normalise(null)).isNull();
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Test
    void pastDates() {
        assertThat(Dates.past(TODAY, TODAY)).isEmpty();
        assertThat(Dates.past(LocalDate.of(1900, 1, 1), TODAY)).isEmpty();
        assertThat(Dates.past(TODAY.plusDays(1), TODAY)).contains(Dates.Problem.IN_FUTURE);
        assertThat(Dates.past(LocalDate.of(1899, 12, 31), TODAY)).contains(Dates.Problem.TOO_EARLY);
        assertThat(Dates.past(null, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "issued {0}, expires {1}: valid {2}")
    @CsvSource({"2020-01-01, 2025-01-01, true", "2020-01-01, 2020-01-02, true", "2020-01-01, 2020-01-01, false",
            "2020-01-02, 2020-01-01, false", "2030-01-01, 2020-01-01, false"})
    void aCertificateExpiresAfterItWasIssued(LocalDate issued, LocalDate expires, boolean valid) {
        assertThat(Dates.validity(issued, expires).isEmpty()).isEqualTo(valid);
    }

    @Test
    void validityNeedsBothDates() {
        assertThat(Dates.validity(null, TODAY)).isEmpty();
        assertThat(Dates.validity(TODAY, null)).isEmpty();
    }
}
