package gov.bureau.portal.common;

import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** API.md "Conventions": one error shape, Chinese or English, 4xx for bad input, nothing internal leaks. */
@MicronautTest(transactional = false)
class ErrorContractTest extends IntegrationTest {

    private String admin() {
        return Users.adminToken(api);
    }

    private static void assertClean(Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(400, 499);
        assertThat(r.json()).containsKeys("status", "code", "message");
        assertThat(((Number) r.get("status")).intValue()).isEqualTo(r.status());
        assertThat(r.raw()).doesNotContain("Exception", "java.", "gov.bureau", "SQL", "at io.");
    }

    @Test
    void malformedJsonIs400() {
        Response r = api.raw(admin(), "POST", "/api/users", "{not json", MediaType.APPLICATION_JSON_TYPE, x -> x);
        assertClean(r);
        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void wrongTypesAre400() {
        Response r = api.raw(admin(), "POST", "/api/users", "{\"username\":\"abc\",\"displayName\":{\"a\":1},\"roles\":[\"STAFF\"],\"password\":\"x\"}",
                MediaType.APPLICATION_JSON_TYPE, x -> x);
        assertClean(r);
        Response array = api.raw(admin(), "POST", "/api/users", "[1,2,3]", MediaType.APPLICATION_JSON_TYPE, x -> x);
        assertClean(array);
        Response path = api.get(admin(), "/api/users/not-a-number");
        assertClean(path);
        assertThat(path.status()).isEqualTo(400);
        Response query = api.get(admin(), "/api/users?page=abc");
        assertClean(query);
        assertThat(query.errorFields()).containsExactly("page");
    }

    @Test
    void unknownEnumValueNamesTheField() {
        Response r = api.post(admin(), "/api/users", Map.of("username", unique("e"), "displayName", "x",
                "roles", List.of("BOSS"), "password", Users.PASSWORD));
        assertClean(r);
        assertThat(r.errorFields()).containsExactly("roles");
        Response q = api.get(admin(), "/api/users?role=BOSS");
        assertClean(q);
        assertThat(q.errorFields()).containsExactly("role");
    }

    @Test
    void oversizedBodyIs413() {
        String huge = "{\"username\":\"" + "x".repeat(13 * 1024 * 1024) + "\"}";
        Response r = api.raw(admin(), "POST", "/api/users", huge, MediaType.APPLICATION_JSON_TYPE, x -> x);
        assertThat(r.status()).isEqualTo(413);
    }

    @Test
    void outOfRangePagingIsAFieldError() {
        Response r = api.get(admin(), "/api/users?size=1000&page=-1&sort=passwordHash");
        assertClean(r);
        assertThat(r.errorFields()).containsExactlyInAnyOrder("size", "page", "sort");
    }

    @Test
    void messagesAreChineseByDefaultAndEnglishOnRequest() {
        Response zh = api.get(null, "/api/users");
        assertThat(zh.status()).isEqualTo(401);
        assertThat((String) zh.get("message")).isEqualTo("请先登录，或登录已过期");
        Response en = api.send(io.micronaut.http.HttpRequest.GET("/api/users").header("Accept-Language", "en-US,en;q=0.9"), null);
        assertThat((String) en.get("message")).isEqualTo("Please sign in; your session may have expired");
        Response field = api.send(io.micronaut.http.HttpRequest.POST("/api/users", Map.of("username", "", "displayName", "x",
                "roles", List.of("STAFF"), "password", "x")).header("Accept-Language", "en").bearerAuth(admin()), null);
        assertThat(field.fieldErrors()).extracting(f -> f.get("message")).contains("Required");
    }

    @Test
    void unauthorisedAnswersCarryNoBasicChallenge() {
        // a Basic challenge would make browsers open their own password dialog over the application
        Response r = api.get("not-a-token", "/api/users");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.headers().keySet()).noneMatch(h -> h.equalsIgnoreCase("WWW-Authenticate"));
    }

    @Test
    void unknownApiPathIsAJson404() {
        Response r = api.get(admin(), "/api/no-such-thing");
        assertClean(r);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void aRoleThatMayNotIs403() {
        String staff = Users.tokenFor(api, unique("s"), "STAFF");
        Response r = api.get(staff, "/api/users");
        assertClean(r);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("FORBIDDEN");
    }
}
