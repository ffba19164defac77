package gov.bureau.portal.agency.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentIdTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @ParameterizedTest
    @ValueSource(strings = {
            "11010519491231002X", // the example of GB 11643-1999 itself
            "440524188001010014", // the standard's second example
            "110101199003074477",
            "320106197203142157",
            "650102200002291231",
            "830000199001011234"
    })
    void validNumbers(String id) {
        assertThat(ResidentId.check(id, TODAY)).as(id).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "11010519491231002, LENGTH",
            "11010519491231002XX, LENGTH",
            "'', LENGTH",
            "1101051949123100AX, CHARACTERS",
            "11010519491231002Y, CHARACTERS",
            "11010519491231002x, CHARACTERS",
            "99010519491231002X, REGION",
            "00010519491231002X, REGION",
            "11010519491331002X, BIRTH_DATE",
            "11010519490230002X, BIRTH_DATE",
            "11010518691231002X, BIRTH_DATE",
            "11010520270101002X, BIRTH_DATE",
            "650102200102291238, BIRTH_DATE",
            "110105194912310021, CHECK_DIGIT",
            "11010519491231003X, CHECK_DIGIT",
            "440524188001010015, CHECK_DIGIT",
    })
    void wrongNumbersSayWhatIsWrong(String id, ResidentId.Problem problem) {
        assertThat(ResidentId.check(id, TODAY)).contains(problem);
    }

    @Test
    void everyChangedDigitIsCaught() {
        String valid = "11010519491231002X";
        for (int i = 14; i < 17; i++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c != valid.charAt(i)) {
                    String changed = valid.substring(0, i) + c + valid.substring(i + 1);
                    assertThat(ResidentId.check(changed, TODAY)).as(changed).contains(ResidentId.Problem.CHECK_DIGIT);
                }
            }
        }
    }

    @Test
    void composedNumbersAreValidWhateverTheCheckDigit() {
        for (int seq = 0; seq < 200; seq++) {
            String id = ResidentId.compose("320102", LocalDate.of(1980, 5, 12), seq);
            assertThat(ResidentId.isValid(id, TODAY)).as(id).isTrue();
        }
    }

    @Test
    void aBirthDayOfTodayIsFineTomorrowIsNot() {
        assertThat(ResidentId.isValid(ResidentId.compose("110101", TODAY, 1), TODAY)).isTrue();
        assertThat(ResidentId.check(ResidentId.compose("110101", TODAY.plusDays(1), 1), TODAY))
                .contains(ResidentId.Problem.BIRTH_DATE);
    }

    @Test
    void maskingKeepsTheRegionAndTheLastFour() {
        assertThat(ResidentId.mask("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(ResidentId.mask("E12345678")).isEqualTo("E****5678");
        assertThat(ResidentId.mask("1234")).isEqualTo("****");
        assertThat(ResidentId.mask(null)).isNull();
    }
}
