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

@MicronautTest(transactional = false)
class IdentityApiTest extends IntegrationTest {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("portal.login.max-failures", "3", "portal.login.lock-minutes", "15");
    }

    private String admin() {
        return Users.adminToken(api);
    }

    private long createUser(String username, String role) {
        Response r = api.post(admin(), "/api/users", Map.of("username", username, "displayName", "用户" + username,
                "roles", List.of(role), "password", Users.PASSWORD));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.headers().get("location").get(0)).endsWith("/api/users/" + r.id());
        return r.id();
    }

    @Test
    void signInAnswersMicronautBearerTokens() {
        Response r = api.login("admin", TestDatabase.ADMIN_PASSWORD);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json()).containsKeys("access_token", "refresh_token", "token_type", "expires_in");
        assertThat(r.get("token_type")).isEqualTo("Bearer");
    }

    @Test
    void wrongPasswordAndUnknownUserGet401WithTheErrorShape() {
        Response wrong = api.login("admin", "not-the-password");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json()).containsKeys("status", "code", "message");
        Response unknown = api.login("nobody-" + unique("x"), "whatever1");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.code()).isEqualTo("BAD_CREDENTIALS");
        // the admin's counter must not stay raised by a test
        assertThat(api.login("admin", TestDatabase.ADMIN_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void meDescribesTheSignedInUser() {
        String name = unique("me");
        long id = createUser(name, "STAFF");
        Response me = api.get(api.token(name, Users.PASSWORD), "/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json()).containsEntry("username", name).containsEntry("roles", List.of("STAFF"))
                .containsEntry("displayName", "用户" + name);
        assertThat(((Number) me.get("id")).longValue()).isEqualTo(id);
        assertThat(api.get(null, "/api/me").status()).isEqualTo(401);
        assertThat(api.get("not.a.token", "/api/me").status()).isEqualTo(401);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountWithAClearMessage() {
        String name = unique("lock");
        long id = createUser(name, "STAFF");
        assertThat(api.login(name, "wrong-1").code()).isEqualTo("BAD_CREDENTIALS"); // was BAD_CREDENTIALS_REMAINING: the count told strangers the name exists
        assertThat(api.login(name, "wrong-2").code()).isEqualTo("BAD_CREDENTIALS"); // was BAD_CREDENTIALS_REMAINING: the count told strangers the name exists
        Response locked = api.login(name, "wrong-3");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.code()).isEqualTo("ACCOUNT_LOCKED");
        assertThat((String) locked.get("message")).contains("15 分钟");
        // even the right password is refused while locked
        assertThat(api.login(name, Users.PASSWORD).code()).isEqualTo("ACCOUNT_LOCKED");
        Response user = api.get(admin(), "/api/users/" + id);
        assertThat(user.get("locked")).isEqualTo(true);
        // an admin lifts it
        assertThat(api.post(admin(), "/api/users/" + id + "/unlock", null).status()).isEqualTo(200);
        assertThat(api.login(name, Users.PASSWORD).status()).isEqualTo(200);
        Response audit = api.get(admin(), "/api/audit-log?entityType=User&entityId=" + id + "&action=ACCOUNT_LOCKED");
        assertThat(audit.content()).hasSize(1);
    }

    @Test
    void refreshTokensRotateAndAReusedOneRevokesTheSession() {
        String name = unique("rot");
        createUser(name, "STAFF");
        Response login = api.login(name, Users.PASSWORD);
        String first = (String) login.get("refresh_token");
        Response renewed = refresh(first);
        assertThat(renewed.status()).isEqualTo(200);
        String second = (String) renewed.get("refresh_token");
        assertThat(second).isNotEqualTo(first);
        assertThat(api.get((String) renewed.get("access_token"), "/api/me").status()).isEqualTo(200);
        // the first token was spent: using it again is refused and ends the whole session
        assertThat(refresh(first).status()).isEqualTo(401);
        assertThat(refresh(second).status()).isEqualTo(401);
    }

    @Test
    void badRefreshTokensGet401NeverA500() {
        assertThat(refresh("garbage").status()).isEqualTo(401);
        assertThat(refresh("").status()).isIn(400, 401);
        Response wrongGrant = api.send(HttpRequest.POST("/oauth/access_token", Map.of("grant_type", "password")), null);
        assertThat(wrongGrant.status()).isIn(400, 401);
    }

    @Test
    void signingOutRevokesTheRefreshToken() {
        String name = unique("out");
        createUser(name, "STAFF");
        Response login = api.login(name, Users.PASSWORD);
        String access = (String) login.get("access_token");
        String refresh = (String) login.get("refresh_token");
        assertThat(api.post(access, "/api/logout", Map.of("refreshToken", refresh)).status()).isEqualTo(204);
        assertThat(refresh(refresh).status()).isEqualTo(401);
    }

    @Test
    void adminManagesUsers() {
        String name = unique("mgr");
        long id = createUser(name, "STAFF");
        Response list = api.get(admin(), "/api/users?q=" + name);
        assertThat(list.content()).extracting(m -> m.get("username")).containsExactly(name);
        assertThat(list.json()).containsKeys("totalElements", "page", "size");

        Response user = api.get(admin(), "/api/users/" + id);
        Object version = user.get("version");
        Response updated = api.put(admin(), "/api/users/" + id,
                Map.of("displayName", "新名字", "roles", List.of("STAFF", "ADMIN"), "enabled", true, "version", version));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.get("roles")).isEqualTo(List.of("STAFF", "ADMIN"));
        // the same stale version again is a conflict
        Response stale = api.put(admin(), "/api/users/" + id,
                Map.of("displayName", "x", "roles", List.of("STAFF"), "enabled", true, "version", version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("STALE_VERSION");

        Response audit = api.get(admin(), "/api/audit-log?entityType=User&entityId=" + id + "&action=USER_UPDATED");
        assertThat((String) audit.content().get(0).get("changes")).contains("新名字").contains("ADMIN");
    }

    @Test
    void disablingAUserEndsTheirSignIn() {
        String name = unique("dis");
        long id = createUser(name, "STAFF");
        String refresh = (String) api.login(name, Users.PASSWORD).get("refresh_token");
        Object version = api.get(admin(), "/api/users/" + id).get("version");
        assertThat(api.put(admin(), "/api/users/" + id,
                Map.of("displayName", "x", "roles", List.of("STAFF"), "enabled", false, "version", version)).status()).isEqualTo(200);
        assertThat(api.login(name, Users.PASSWORD).code()).isEqualTo("ACCOUNT_DISABLED");
        assertThat(refresh(refresh).status()).isEqualTo(401);
    }

    @Test
    void passwordResetGivesATemporaryPasswordToChange() {
        String name = unique("rst");
        long id = createUser(name, "STAFF");
        Response reset = api.post(admin(), "/api/users/" + id + "/password-reset", null);
        assertThat(reset.status()).isEqualTo(200);
        String temporary = (String) reset.get("temporaryPassword");
        assertThat(api.login(name, Users.PASSWORD).status()).isEqualTo(401);
        Response temporaryLogin = api.login(name, temporary);
        String token = (String) temporaryLogin.get("access_token");
        assertThat(api.get(token, "/api/me").get("mustChangePassword")).isEqualTo(true);
        // until the password is changed, nothing else is open to this session
        Response gated = api.get(token, "/api/rules");
        assertThat(gated.status()).isEqualTo(403);
        assertThat(gated.code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        Response weak = api.post(token, "/api/me/password", Map.of("currentPassword", temporary, "newPassword", "weak"));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.errorFields()).containsExactly("newPassword");
        assertThat(api.post(token, "/api/me/password", Map.of("currentPassword", temporary, "newPassword", "N3w-password")).status())
                .isEqualTo(204);
        assertThat(api.get(token, "/api/me").get("mustChangePassword")).isEqualTo(false);
        // a renewed token no longer carries the requirement
        Response renewed = refresh((String) temporaryLogin.get("refresh_token"));
        assertThat(api.get((String) renewed.get("access_token"), "/api/rules").status()).isEqualTo(200);
    }

    @Test
    void badUserInputGetsFieldErrorsAndCreatesNothing() {
        String name = unique("bad");
        Response r = api.post(admin(), "/api/users", Map.of("username", name, "displayName", "", "roles", List.of(),
                "password", "short"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).contains("displayName", "roles");
        Response weak = api.post(admin(), "/api/users", Map.of("username", name, "displayName", "x", "roles", List.of("STAFF"),
                "password", "short"));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.errorFields()).containsExactly("password");
        Response mixed = api.post(admin(), "/api/users", Map.of("username", name, "displayName", "x",
                "roles", List.of("AGENCY", "STAFF"), "password", Users.PASSWORD));
        assertThat(mixed.errorFields()).contains("roles", "agencyId");
        Response none = api.get(admin(), "/api/users?q=" + name);
        assertThat(none.content()).as(none.toString()).isEmpty();
        createUser(name, "STAFF");
        Response taken = api.post(admin(), "/api/users", Map.of("username", name, "displayName", "x", "roles", List.of("STAFF"),
                "password", Users.PASSWORD));
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.errorFields()).containsExactly("username");
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        Response me = api.get(admin(), "/api/me");
        Response user = api.get(admin(), "/api/users/" + me.get("id"));
        Response r = api.put(admin(), "/api/users/" + me.get("id"),
                Map.of("displayName", "x", "roles", List.of("STAFF"), "enabled", false, "version", user.get("version")));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorFields()).contains("enabled", "roles");
    }

    private Response refresh(String token) {
        return api.send(HttpRequest.POST("/oauth/access_token", Map.of("grant_type", "refresh_token", "refresh_token", token)), null);
    }
}
