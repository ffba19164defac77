package gov.bureau.portal.identity;

import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.TestDatabase;
import gov.bureau.portal.support.Users;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling (issue 8): an unknown user and a wrong password get the same answer; wrong passwords
 * lock a user name for the client that sent them, not for its owner elsewhere; a client trying many names
 * is locked out; the ADMINs are told. Clients are told apart by X-Forwarded-For, as behind a reverse proxy.
 */
@MicronautTest(transactional = false)
class SignInThrottleApiTest extends IntegrationTest {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("portal.login.max-failures", "3", "portal.login.client-max-failures", "6",
                "portal.login.lock-minutes", "15", "portal.login.client-address-header", "X-Forwarded-For");
    }

    /** A client address of the documentation range no other run has used (the database may be reused). */
    private static String client() {
        return "2001:db8::" + Long.toHexString(System.nanoTime() & 0xffffffL) + ":" + Integer.toHexString((int) (Math.random() * 0xffff));
    }

    private Response login(String client, String username, String password) {
        return api.send(HttpRequest.POST("/login", Map.of("username", username, "password", password))
                .header("X-Forwarded-For", "10.9.8.7, " + client), null);
    }

    private String admin() {
        return Users.adminToken(api);
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        String name = unique("same");
        Users.tokenFor(api, name, "STAFF");
        String one = client();
        String other = client();
        for (int i = 0; i < 2; i++) {
            Response wrong = login(one, name, "Wrong-pass-" + i);
            Response unknown = login(other, "nobody-" + unique("u"), "Wrong-pass-" + i);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(unknown.raw()).isEqualTo(wrong.raw());
        }
        // and the third failure locks either name alike
        Response wrong = login(one, name, "Wrong-pass-3");
        String unknownName = "nobody-" + unique("v");
        String third = client();
        login(third, unknownName, "x1");
        login(third, unknownName, "x2");
        Response unknown = login(third, unknownName, "x3");
        assertThat(wrong.code()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(unknown.raw()).isEqualTo(wrong.raw());
    }

    @Test
    void aStrangerCannotLockTheAdministratorOutFromElsewhere() {
        String stranger = client();
        for (int i = 1; i <= 3; i++) {
            login(stranger, "admin", "Guess-" + i + "-admin");
        }
        Response locked = login(stranger, "admin", TestDatabase.ADMIN_PASSWORD);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.code()).isEqualTo("ACCOUNT_LOCKED");
        // the owner, from another client, signs in
        Response owner = login(client(), "admin", TestDatabase.ADMIN_PASSWORD);
        assertThat(owner.status()).as(owner.toString()).isEqualTo(200);
        // and the ADMINs are told: an inbox message and the audit log name the client
        String token = (String) owner.get("access_token");
        Response inbox = api.send(HttpRequest.GET("/api/inbox?size=50").header("Accept-Language", "en").bearerAuth(token), null);
        assertThat(inbox.content()).extracting(m -> (String) m.get("title"))
                .anyMatch(t -> t.contains("Account “admin” was locked for " + stranger));
        Response me = api.get(token, "/api/me");
        Response audit = api.get(token, "/api/audit-log?entityType=User&entityId=" + me.get("id") + "&action=ACCOUNT_LOCKED&size=100");
        assertThat(audit.content()).extracting(e -> (String) e.get("changes")).anyMatch(c -> c.contains(stranger));
    }

    @Test
    void aLockedNameIsShownAndAnAdministratorLiftsIt() {
        String name = unique("lift");
        Users.tokenFor(api, name, "STAFF");
        long id = ((Number) api.get(admin(), "/api/users?q=" + name).content().get(0).get("id")).longValue();
        String client = client();
        for (int i = 1; i <= 3; i++) {
            login(client, name, "Wrong-pass-" + i);
        }
        assertThat(login(client, name, Users.PASSWORD).code()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(api.get(admin(), "/api/users/" + id).get("locked")).isEqualTo(true);
        assertThat(api.get(admin(), "/api/users?q=" + name).content().get(0).get("locked")).isEqualTo(true);
        assertThat(api.post(admin(), "/api/users/" + id + "/unlock", null).status()).isEqualTo(200);
        assertThat(api.get(admin(), "/api/users/" + id).get("locked")).isEqualTo(false);
        assertThat(login(client, name, Users.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aClientTryingManyNamesIsLockedOutAndTheAdministratorsAreTold() {
        String name = unique("spray");
        Users.tokenFor(api, name, "STAFF");
        String client = client();
        for (int i = 1; i <= 5; i++) {
            assertThat(login(client, "nobody-" + unique("s") + i, "Spray-2026-" + i).code()).isEqualTo("BAD_CREDENTIALS");
        }
        Response sixth = login(client, "nobody-" + unique("s"), "Spray-2026-6");
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.code()).isEqualTo("SIGN_IN_THROTTLED");
        assertThat((String) sixth.get("message")).contains("15 分钟");
        // the right password does not get through from that client for now; from another one it does
        assertThat(login(client, name, Users.PASSWORD).status()).isEqualTo(429);
        assertThat(login(client(), name, Users.PASSWORD).status()).isEqualTo(200);
        Response audit = api.get(admin(), "/api/audit-log?action=SIGN_IN_CLIENT_LOCKED&size=100");
        assertThat(audit.content()).extracting(e -> (String) e.get("entityId")).contains(client);
        Response inbox = api.get(admin(), "/api/inbox?size=50");
        assertThat(inbox.content()).extracting(m -> (String) m.get("title")).anyMatch(t -> t.contains(client));
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsA422OnPasswordNeverA500() {
        String client = client();
        Response tooLong = login(client, "admin", "Aa1-" + "x".repeat(69));
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(422);
        assertThat(tooLong.errorFields()).containsExactly("password");
        Response chinese = login(client, "admin", "密码".repeat(13));
        assertThat(chinese.status()).isEqualTo(422);
        assertThat(chinese.errorFields()).containsExactly("password");
        // not counted as a failure: the owner still signs in from that client
        assertThat(login(client, "admin", TestDatabase.ADMIN_PASSWORD).status()).isEqualTo(200);
        assertThat(login(client, "admin", "Aa1-" + "x".repeat(68)).code()).isEqualTo("BAD_CREDENTIALS");
    }

    @Test
    void theLockOutSettingsAreConfigurable() {
        String name = unique("cfg");
        Users.tokenFor(api, name, "STAFF");
        String client = client();
        assertThat(login(client, name, "Wrong-1").code()).isEqualTo("BAD_CREDENTIALS");
        assertThat(login(client, name, "Wrong-2").code()).isEqualTo("BAD_CREDENTIALS");
        // max-failures is 3 in this class, not the default 5
        assertThat(login(client, name, "Wrong-3").code()).isEqualTo("ACCOUNT_LOCKED");
        List<String> codes = List.of(login(client, name, Users.PASSWORD).code());
        assertThat(codes).containsExactly("ACCOUNT_LOCKED");
    }
}
