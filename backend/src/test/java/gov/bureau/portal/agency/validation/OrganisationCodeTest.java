package gov.bureau.portal.agency.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"M000100Y4", "802100433", "710931109"})
    void codesFromPublishedCreditCodesAreValid(String code) {
        assertThat(OrganisationCode.isValid(code)).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"00000000, 0", "12345678, 8", "D2143569, X", "MA1MXXXX, 9", "ZZZZZZZZ, 3"})
    void checkCharacterCoversXAndZero(String body, char expected) {
        // 11 - (Σ value × weight mod 11), with 10 written X and 11 written 0
        int[] w = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * w[i];
        }
        int check = 11 - sum % 11;
        char computed = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
        assertThat(OrganisationCode.checkCharacter(body)).isEqualTo(computed).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"M000100Y5", "M000100Y", "M000100Y44", "m000100Y4", "M000-00Y4", ""})
    void wrongCodesAreRefused(String code) {
        assertThat(OrganisationCode.isValid(code)).isFalse();
    }
}
