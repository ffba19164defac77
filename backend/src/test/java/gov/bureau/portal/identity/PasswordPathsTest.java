package gov.bureau.portal.identity;

import gov.bureau.portal.platform.StartupException;
import gov.bureau.portal.platform.StartupSettings;
import gov.bureau.portal.support.Agencies;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestCodes;
import gov.bureau.portal.support.Users;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The password rule is the same on every path (issue 8): user creation, registration, a change of one's
 * own password, the first administrator's and the demo password; a password longer than 72 bytes gets a
 * 422 on its field, never a 500; the messages are clear in Chinese and English.
 */
@MicronautTest(transactional = false)
class PasswordPathsTest extends IntegrationTest {

    /** 9 characters, 3 kinds, but a common password; 9 characters with 2 kinds; 73 bytes. */
    static final String COMMON = "Password1";
    static final String TWO_KINDS = "abcdefgh1";
    static final String TOO_LONG = "Aa1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"; // 73 bytes

    private String admin() {
        return Users.adminToken(api);
    }

    private Response createUser(String password) {
        return api.post(admin(), "/api/users", Map.of("username", unique("pw"), "displayName", "密码",
                "roles", List.of("STAFF"), "password", password));
    }

    private Response register(String password) {
        Map<String, Object> body = new HashMap<>(Agencies.registration(unique("pwreg"), "密码测试所", TestCodes.uscc()));
        body.put("password", password);
        return api.post(null, "/api/registrations", body);
    }

    private Response changeOwn(String current, String next) {
        String name = unique("pwchg");
        Users.tokenFor(api, name, "STAFF");
        return api.post(api.token(name, Users.PASSWORD), "/api/me/password", Map.of("currentPassword", current, "newPassword", next));
    }

    private static void assertRefused(Response r, String field, String expectedMessagePart) {
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.errorFields()).as(r.toString()).containsExactly(field);
        assertThat((String) r.fieldErrors().get(0).get("message")).contains(expectedMessagePart);
    }

    @ParameterizedTest
    @ValueSource(strings = {COMMON, "Admin@123", TWO_KINDS, TOO_LONG})
    void everyPathRefusesTheSamePasswords(String password) {
        Response created = createUser(password);
        Response registered = register(password);
        Response changed = changeOwn(Users.PASSWORD, password);
        assertThat(created.status()).as(created.toString()).isEqualTo(422);
        assertThat(created.errorFields()).containsExactly("password");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(422);
        assertThat(registered.errorFields()).containsExactly("password");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(422);
        assertThat(changed.errorFields()).containsExactly("newPassword");
        assertThat(created.fieldErrors().get(0).get("message")).isEqualTo(registered.fieldErrors().get(0).get("message"))
                .isEqualTo(changed.fieldErrors().get(0).get("message"));
    }

    @Test
    void eachRuleHasItsOwnMessageInChineseAndEnglish() {
        assertRefused(createUser(COMMON), "password", "过于常见");
        assertRefused(createUser(TWO_KINDS), "password", "至少 3 类");
        assertRefused(createUser("Ab1-xyz"), "password", "至少需要 8 个字符");
        assertRefused(createUser(TOO_LONG), "password", "最多 72 个字节");
        Response english = api.send(HttpRequest.POST("/api/users", Map.of("username", unique("pw"), "displayName", "x",
                "roles", List.of("STAFF"), "password", COMMON)).header("Accept-Language", "en").bearerAuth(admin()), null);
        assertRefused(english, "password", "too common");
        Response kinds = api.send(HttpRequest.POST("/api/users", Map.of("username", unique("pw"), "displayName", "x",
                "roles", List.of("STAFF"), "password", TWO_KINDS)).header("Accept-Language", "en").bearerAuth(admin()), null);
        assertRefused(kinds, "password", "at least 3 of: upper-case letters, lower-case letters, digits, symbols");
    }

    @Test
    void aCurrentPasswordLongerThanBcryptReadsIsA422NeverA500() {
        Response r = changeOwn(TOO_LONG, "Fresh-pass-2026");
        assertRefused(r, "currentPassword", "72");
    }

    @Test
    void signingInWithAPasswordLongerThanBcryptReadsIsA422() {
        Response r = api.login("admin", TOO_LONG);
        assertRefused(r, "password", "72");
    }

    @Test
    void aGoodPasswordPassesEveryPath() {
        assertThat(createUser("Zhang-San-2026").status()).isEqualTo(201);
        assertThat(register("Zhang-San-2026").status()).isEqualTo(201);
        assertThat(changeOwn(Users.PASSWORD, "Zhang-San-2026").status()).isEqualTo(204);
    }

    @Test
    void theFirstAdministratorsAndTheDemoPasswordFollowTheRule() {
        assertThatThrownBy(() -> StartupSettings.from(Map.of("PORTAL_ADMIN_PASSWORD", "Admin@123")))
                .isInstanceOf(StartupException.class).hasMessageContaining("PORTAL_ADMIN_PASSWORD").hasMessageContaining("too common");
        assertThatThrownBy(() -> StartupSettings.from(Map.of("PORTAL_ADMIN_PASSWORD", "admin2026x")))
                .isInstanceOf(StartupException.class).hasMessageContaining("at least 3 of");
        assertThatThrownBy(() -> StartupSettings.from(Map.of("PORTAL_DEMO", "true", "PORTAL_DEMO_PASSWORD", "Password1")))
                .isInstanceOf(StartupException.class).hasMessageContaining("PORTAL_DEMO_PASSWORD");
        assertThat(StartupSettings.from(Map.of("PORTAL_ADMIN_PASSWORD", "Admin-Test-2026", "PORTAL_DEMO", "true",
                "PORTAL_DEMO_PASSWORD", "Demo-2026")).adminPassword()).contains("Admin-Test-2026");
    }
}
