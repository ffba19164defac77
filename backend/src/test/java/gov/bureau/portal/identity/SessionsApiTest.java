package gov.bureau.portal.identity;

import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions that really end (issue 8): after a password change (the other sessions), sign-out, disabling,
 * a password reset or a change of roles, the access tokens concerned are refused at their next request,
 * also by a second portal instance on the same database, and so are the refresh tokens.
 */
@MicronautTest(transactional = false)
class SessionsApiTest extends IntegrationTest {

    @Inject
    JsonMapper json;

    private ApplicationContext secondContext;
    /** A second portal instance on the same database: revocation must not live in one JVM only. */
    private TestClient second;

    @BeforeAll
    void startASecondInstance() {
        Map<String, Object> properties = new HashMap<>(getProperties());
        secondContext = ApplicationContext.run(properties);
        EmbeddedServer server = secondContext.getBean(EmbeddedServer.class).start();
        second = new TestClient(HttpClient.create(server.getURL()), json);
    }

    @AfterAll
    void stopTheSecondInstance() {
        if (secondContext != null) {
            secondContext.close();
        }
    }

    private String admin() {
        return Users.adminToken(api);
    }

    private long user(String name) {
        Response r = api.post(admin(), "/api/users", Map.of("username", name, "displayName", "会话 " + name,
                "roles", List.of("STAFF"), "password", Users.PASSWORD));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private Response refresh(String refreshToken) {
        return api.send(HttpRequest.POST("/oauth/access_token", Map.of("grant_type", "refresh_token", "refresh_token", refreshToken)), null);
    }

    private static String access(Response login) {
        return (String) login.get("access_token");
    }

    private static String refreshToken(Response login) {
        return (String) login.get("refresh_token");
    }

    /** Any signed-in user may read it; it does not look at the account itself (GET /api/me does). */
    private static final String PROBE = "/api/inbox/unread-count";

    private void assertWorksOnBoth(String token) {
        assertThat(api.get(token, PROBE).status()).isEqualTo(200);
        assertThat(second.get(token, PROBE).status()).isEqualTo(200);
    }

    private void assertRefusedOnBoth(String token) {
        Response here = api.get(token, PROBE);
        Response there = second.get(token, PROBE);
        assertThat(here.status()).as(here.toString()).isEqualTo(401);
        assertThat(there.status()).as(there.toString()).isEqualTo(401);
    }

    @Test
    void changingOnesPasswordEndsTheOtherSessionsOnly() {
        String name = unique("pwc");
        user(name);
        Response here = api.login(name, Users.PASSWORD);
        Response elsewhere = api.login(name, Users.PASSWORD);
        assertWorksOnBoth(access(elsewhere));
        Response changed = api.post(access(here), "/api/me/password",
                Map.of("currentPassword", Users.PASSWORD, "newPassword", "Fresh-pass-2026"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        // the other session: refresh token and access token refused, on both instances
        assertThat(refresh(refreshToken(elsewhere)).status()).isEqualTo(401);
        assertRefusedOnBoth(access(elsewhere));
        // this session goes on
        assertWorksOnBoth(access(here));
        Response renewed = refresh(refreshToken(here));
        assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);
        assertWorksOnBoth(access(renewed));
        assertThat(api.login(name, "Fresh-pass-2026").status()).isEqualTo(200);
    }

    @Test
    void signingOutEndsThisSessionsAccessTokenAtOnce() {
        String name = unique("so");
        user(name);
        Response session = api.login(name, Users.PASSWORD);
        Response other = api.login(name, Users.PASSWORD);
        assertWorksOnBoth(access(session));
        assertThat(api.post(access(session), "/api/logout", Map.of("refreshToken", refreshToken(session))).status()).isEqualTo(204);
        assertRefusedOnBoth(access(session));
        assertThat(refresh(refreshToken(session)).status()).isEqualTo(401);
        // another device of the same user is not signed out by this
        assertWorksOnBoth(access(other));
        // signing out without a refresh token ends every session of the user
        Response third = api.login(name, Users.PASSWORD);
        assertThat(api.post(access(third), "/api/logout", null).status()).isEqualTo(204);
        assertRefusedOnBoth(access(other));
        assertThat(refresh(refreshToken(other)).status()).isEqualTo(401);
    }

    @Test
    void disablingEndsTheAccessTokensAtOnce() {
        String name = unique("dsb");
        long id = user(name);
        Response session = api.login(name, Users.PASSWORD);
        assertWorksOnBoth(access(session));
        Object version = api.get(admin(), "/api/users/" + id).get("version");
        assertThat(api.put(admin(), "/api/users/" + id,
                Map.of("displayName", "x", "roles", List.of("STAFF"), "enabled", false, "version", version)).status()).isEqualTo(200);
        assertRefusedOnBoth(access(session));
        assertThat(refresh(refreshToken(session)).status()).isEqualTo(401);
    }

    @Test
    void aPasswordResetEndsTheAccessTokensAtOnce() {
        String name = unique("rsx");
        long id = user(name);
        Response session = api.login(name, Users.PASSWORD);
        assertWorksOnBoth(access(session));
        assertThat(api.post(admin(), "/api/users/" + id + "/password-reset", null).status()).isEqualTo(200);
        assertRefusedOnBoth(access(session));
        assertThat(refresh(refreshToken(session)).status()).isEqualTo(401);
    }

    /** Also measures how long after the change the second instance refuses the token (printed, not asserted). */
    @Test
    void aChangeOfRolesEndsTheAccessTokensAtOnceOnTheOtherInstance() {
        String name = unique("rol");
        long id = user(name);
        Response session = api.login(name, Users.PASSWORD);
        String token = access(session);
        assertThat(second.get(token, "/api/agencies").status()).isEqualTo(200);
        Object version = api.get(admin(), "/api/users/" + id).get("version");
        Response changed = api.put(admin(), "/api/users/" + id,
                Map.of("displayName", "x", "roles", List.of("ADMIN"), "enabled", true, "version", version));
        long changedAt = System.nanoTime();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        Response next = second.get(token, "/api/agencies");
        long refusedAfter = System.nanoTime() - changedAt;
        // the very next request after the change, on the other instance, is refused
        assertThat(next.status()).as(next.toString()).isEqualTo(401);
        System.out.printf("SessionsApiTest: access token refused by the second instance %.1f ms after the role change "
                + "(the first request after it)%n", refusedAfter / 1e6);
        assertThat(api.get(token, "/api/me").status()).isEqualTo(401);
        assertThat(refresh(refreshToken(session)).status()).isEqualTo(401);
        // signing in again gives the new roles
        String fresh = access(api.login(name, Users.PASSWORD));
        assertThat(second.get(fresh, "/api/me").get("roles")).isEqualTo(List.of("ADMIN"));
    }
}
