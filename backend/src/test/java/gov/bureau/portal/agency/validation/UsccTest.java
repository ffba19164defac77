package gov.bureau.portal.agency.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsccTest {

    @ParameterizedTest(name = "{0} is valid")
    @ValueSource(strings = {
            "91350100M000100Y43", // the example widely used to explain GB 32100-2015
            "91110000802100433B", // codes printed on published business licences
            "911100007109311097"
    })
    void publishedCodesAreValid(String code) {
        assertThat(Uscc.check(code)).isEmpty();
    }

    @ParameterizedTest(name = "composed {0}{1}{2} is valid")
    @CsvSource({"91,320100,MA1MXXXX", "12,100000,40000056", "31,110000,E0000012", "52,440300,MJL17760", "11,320106,01400016",
            "Y1,650100,12345678", "N2,110108,ABCDEFGH", "93,330100,00000000"})
    void composedCodesAreValid(String head, String division, String body) {
        String code = Uscc.compose(head, division, body);
        assertThat(code).hasSize(18);
        assertThat(Uscc.check(code)).as(code).isEmpty();
        assertThat(Uscc.isValid(code)).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "91350100M000100Y4, LENGTH",
            "91350100M000100Y433, LENGTH",
            "'', LENGTH",
            "91350100M000100Y4I, CHARACTERS",
            "91350100M000100y43, CHARACTERS",
            "9135010OM000100Y43, CHARACTERS",
            "91350100M00010-Y43, CHARACTERS",
            "Z1350100M000100Y43, CHARACTERS",
            "B1350100M000100Y43, AUTHORITY",
            "90350100M000100Y43, AUTHORITY",
            "9A350100M000100Y43, AUTHORITY",
            "9135010AM000100Y43, DIVISION",
            "91350100M000100Y53, ORGANISATION_CODE",
            "91350100M000200Y43, ORGANISATION_CODE",
            "91350100M000100Y44, CHECK_CHARACTER",
            "91350100M000100Y4X, CHECK_CHARACTER",
            "91110000802100433C, CHECK_CHARACTER",
            "92350100M000100Y43, CHECK_CHARACTER",
    })
    void wrongCodesSayWhatIsWrong(String code, Uscc.Problem problem) {
        assertThat(Uscc.check(code)).contains(problem);
    }

    @Test
    void nullIsALengthProblem() {
        assertThat(Uscc.check(null)).contains(Uscc.Problem.LENGTH);
    }

    @Test
    void everySingleCharacterChangeOfAValidCodeIsCaught() {
        String valid = "91350100M000100Y43";
        for (int i = 0; i < 18; i++) {
            for (char c : Uscc.ALPHABET.toCharArray()) {
                if (c == valid.charAt(i)) {
                    continue;
                }
                String changed = valid.substring(0, i) + c + valid.substring(i + 1);
                assertThat(Uscc.isValid(changed)).as(changed).isFalse();
            }
        }
    }

    @Test
    void normalisingRemovesSpacesAndUpperCases() {
        assertThat(Uscc.normalise(" 91350100 m000100y43 ")).isEqualTo("91350100M000100Y43");
        assertThat(Uscc.normalise(null)).isNull();
    }

    @Test
    void checkCharacterNeedsSeventeenCharactersOfTheAlphabet() {
        assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThatThrownBy(() -> Uscc.checkCharacter("9135")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Uscc.checkCharacter("91350100M000100I4")).isInstanceOf(IllegalArgumentException.class);
    }
}
