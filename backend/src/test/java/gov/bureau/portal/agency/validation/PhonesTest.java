package gov.bureau.portal.agency.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhonesTest {

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "19912345678", "+86 138 0013 8000", "0086-13800138000", "166 1234 5678"})
    void mobileNumbers(String raw) {
        assertThat(Phones.isMobile(Phones.normalise(raw))).as(raw).isTrue();
        assertThat(Phones.isPhone(Phones.normalise(raw))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800138000", "1380013800", "138001380001", "23800138000", "1380013800a", "", "10086"})
    void notMobileNumbers(String raw) {
        assertThat(Phones.isMobile(Phones.normalise(raw))).as(raw).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"010-12345678", "02583456789", "0755 8765 4321", "0512-66778899-801", "400-123-4567", "8001234567"})
    void fixedAndServiceNumbersArePhones(String raw) {
        assertThat(Phones.isPhone(Phones.normalise(raw))).as(raw).isTrue();
        assertThat(Phones.isMobile(Phones.normalise(raw))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "010-0234567", "1-800-FLOWERS", "0512-66778899-8012345", "abc", "010--12345678"})
    void notPhones(String raw) {
        assertThat(Phones.isPhone(Phones.normalise(raw))).as(raw).isFalse();
    }

    @Test
    void nullIsNeither() {
        assertThat(Phones.isPhone(null)).isFalse();
        assertThat(Phones.isMobile(Phones.normalise(null))).isFalse();
    }

    @Test
    void maskingKeepsPrefixAndLastFour() {
        assertThat(Phones.mask("13800138000")).isEqualTo("138****8000");
        assertThat(Phones.mask("010-12345678")).isEqualTo("010*****5678");
        assertThat(Phones.mask("123")).isEqualTo("***");
    }
}
