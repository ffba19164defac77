package gov.bureau.portal.identity;

import gov.bureau.portal.security.PasswordRules;
import gov.bureau.portal.support.TestDatabase;
import gov.bureau.portal.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "short1", "onlyletters", "12345678", "a1"})
    void weakPasswordsAreRefused(String password) {
        assertThat(PasswordRules.check("password", password)).isPresent();
    }

    /** Passed the former rule (8 characters, a letter and a digit); the government-system rule refuses them. */
    @ParameterizedTest
    @ValueSource(strings = {"Passw0rd", "abcdefg1"})
    void formerlyAcceptedPasswordsAreRefusedNow(String password) {
        assertThat(PasswordRules.check("password", password)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tr0ub4dor-x", "绩效评价2026abc", "plum-tree-77", "PLUM-TREE-77", "Zhang-San-2026", "ABCdefgh12"})
    void reasonablePasswordsPass(String password) {
        assertThat(PasswordRules.check("password", password)).isEmpty();
    }

    @Test
    void atLeastEightCharacters() {
        assertThat(PasswordRules.check("p", "Ab1-xyz").orElseThrow().messageKey()).isEqualTo("validation.password-length");
        assertThat(PasswordRules.check("p", "Ab1-wxyz")).isEmpty();
        // characters, not bytes: eight Chinese characters and a digit and a letter are long enough
        assertThat(PasswordRules.check("p", "绩效评价机构信用A1")).isEmpty();
    }

    @Test
    void atMostSeventyTwoBytesTheBcryptLimit() {
        String max = "Aa1-" + "x".repeat(68);
        assertThat(max.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(72);
        assertThat(PasswordRules.check("p", max)).isEmpty();
        assertThat(PasswordRules.check("p", max + "y").orElseThrow().messageKey()).isEqualTo("validation.password-too-long");
        // 23 Chinese characters are 69 bytes
        assertThat(PasswordRules.check("p", "密".repeat(23) + "Ab1-").orElseThrow().messageKey()).isEqualTo("validation.password-too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefgh12", "ABCDEFGH12", "abcdefgh!!", "12345678!!", "ABCDEFGHij"})
    void threeOfUpperLowerDigitSymbol(String password) {
        assertThat(PasswordRules.check("p", password).orElseThrow().messageKey()).isEqualTo("validation.password-kinds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password1", "Admin@123", "P@ssw0rd", "Qwerty123!", "Passw0rd!", "1qaz@WSX", "Abc@123456", "PASSWORD1!"})
    void commonPasswordsAreRefusedWhateverTheirCaseAndSymbols(String password) {
        assertThat(PasswordRules.kinds(password)).isGreaterThanOrEqualTo(3);
        assertThat(PasswordRules.check("p", password).orElseThrow().messageKey()).isEqualTo("validation.password-common");
    }

    @Test
    void theProblemNamesTheField() {
        assertThat(PasswordRules.check("newPassword", "Password1").orElseThrow().field()).isEqualTo("newPassword");
    }

    @Test
    void temporaryPasswordsSatisfyTheRulesAndDiffer() {
        String a = PasswordRules.temporary();
        assertThat(PasswordRules.check("p", a)).isEmpty();
        assertThat(a).hasSize(14).isNotEqualTo(PasswordRules.temporary());
        for (int i = 0; i < 200; i++) {
            assertThat(PasswordRules.check("p", PasswordRules.temporary())).isEmpty();
        }
    }

    /** The passwords the tests, the demo, the README, the browser tests and the benchmarks use follow the rule. */
    @Test
    void thePasswordsOfTestsDemoAndDocumentationFollowTheRule() throws IOException {
        List<String> passwords = new ArrayList<>(List.of(TestDatabase.ADMIN_PASSWORD, Users.PASSWORD, "Demo-Pass-2026"));
        Path repo = Path.of("..").toAbsolutePath().normalize();
        passwords.addAll(found(repo.resolve("README.md"), "PORTAL_(?:DEMO|ADMIN)_PASSWORD='([^']+)'", true));
        passwords.addAll(found(repo.resolve("frontend/e2e/harness.mjs"), "(?:ADMIN|DEMO)_PASSWORD = '([^']+)'", true));
        for (String e2e : List.of("agency.test.mjs", "credit.test.mjs", "identity.test.mjs")) {
            passwords.addAll(found(repo.resolve("frontend/e2e").resolve(e2e), "[pP]assword = '([^']+)'", true));
        }
        try (var scripts = Files.list(repo.resolve("bench"))) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
                passwords.addAll(found(script, "ADMIN_PASSWORD=\"?([^\"\\s]+)\"?", false));
            }
        }
        assertThat(passwords).hasSizeGreaterThan(10);
        for (String password : passwords) {
            if (!password.startsWith("$")) {
                assertThat(PasswordRules.check("password", password)).as(password).isEmpty();
            }
        }
    }

    private static List<String> found(Path file, String regex, boolean required) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(file));
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        if (required) {
            assertThat(values).as(file + " " + regex).isNotEmpty();
        }
        return values;
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
