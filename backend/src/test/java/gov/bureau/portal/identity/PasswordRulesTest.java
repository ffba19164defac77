package gov.bureau.portal.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "short1", "onlyletters", "12345678", "a1"})
    void weakPasswordsAreRefused(String password) {
        assertThat(PasswordRules.check("password", password)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Passw0rd", "绩效评价2026abc", "abcdefg1"})
    void reasonablePasswordsPass(String password) {
        assertThat(PasswordRules.check("password", password)).isEmpty();
    }

    @Test
    void temporaryPasswordsSatisfyTheRulesAndDiffer() {
        String a = PasswordRules.temporary();
        assertThat(PasswordRules.check("p", a)).isEmpty();
        assertThat(a).hasSize(14).isNotEqualTo(PasswordRules.temporary());
    }

    @Test
    void bcryptHashesVerify() {
        PasswordHasher hasher = new PasswordHasher(4);
        String hash = hasher.hash("Passw0rd");
        assertThat(hash).startsWith("$2a$04$");
        assertThat(hasher.matches("Passw0rd", hash)).isTrue();
        assertThat(hasher.matches("passw0rd", hash)).isFalse();
    }
}
