package gov.bureau.portal.common;

import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8 "Pages" and issue 9.5: HEAD answers as GET does for the pages, every answer carries the
 * security headers, index.html is revalidated and the hashed assets are cached for a year.
 */
@MicronautTest(transactional = false)
class PageHeadersTest extends IntegrationTest {

    private Response page(String method, String path) {
        MutableHttpRequest<?> request = HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), path)
                .accept(MediaType.TEXT_HTML_TYPE, MediaType.ALL_TYPE);
        return api.send(request, null);
    }

    private static String header(Response r, String name) {
        return r.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> String.join(", ", e.getValue())).findFirst().orElse(null);
    }

    @Test
    void headOfTheHomePageAndOfDeepLinksAnswersAsGetDoes() {
        for (String path : List.of("/", "/agencies/5", "/credit/ledger", "/login")) {
            Response get = page("GET", path);
            Response head = page("HEAD", path);
            assertThat(get.status()).as("GET " + path).isEqualTo(200);
            assertThat(head.status()).as("HEAD " + path + " " + head).isEqualTo(200);
            assertThat(header(head, "Content-Type")).as(path + " " + head.headers() + " GET: " + get.headers()).startsWith("text/html");
            assertThat(head.raw()).as(path).isNullOrEmpty();
            assertThat(header(head, "Cache-Control")).as(path).isEqualTo("no-cache");
        }
        // an API route keeps its rule
        assertThat(api.send(HttpRequest.HEAD("/api/users"), null).status()).isEqualTo(401);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        String admin = Users.adminToken(api);
        List<Response> answers = List.of(
                page("GET", "/"), page("GET", "/agencies/5"), page("HEAD", "/"),
                api.get(null, "/api/users"), api.get(admin, "/api/users"), api.get(admin, "/api/no-such-thing"),
                api.get(null, "/health"), api.login("admin", "wrong-password"),
                api.raw(admin, "POST", "/api/users", "{broken", MediaType.APPLICATION_JSON_TYPE, x -> x),
                page("GET", "/swagger/portal.yml"), page("GET", "/swagger-ui/index.html"), page("GET", "/assets/no-such.js"));
        for (Response r : answers) {
            assertThat(header(r, "Content-Security-Policy")).as(r.status() + " " + r.headers())
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe");
            assertThat(header(r, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(header(r, "Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(header(r, "X-Frame-Options")).isEqualTo("DENY");
        }
        assertThat(header(page("GET", "/"), "Content-Security-Policy")).isEqualTo(SecurityHeaders.APP_POLICY);
    }

    @Test
    void swaggerUiMayRunItsOwnInlineScriptAndNothingElse() {
        Response ui = page("GET", "/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        String policy = header(ui, "Content-Security-Policy");
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(ui.raw());
        assertThat(script.find()).isTrue();
        String hash = SecurityHeaders.inlineScriptHashes(new java.io.ByteArrayInputStream(
                ("<script>" + script.group(1) + "</script>").getBytes(java.nio.charset.StandardCharsets.UTF_8))).get(0);
        assertThat(policy).contains("script-src 'self' '" + hash + "'");
        // its logo's one <style> element, by the hash of its fixed text
        assertThat(policy).contains("style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='");
        assertThat(header(page("GET", "/"), "Content-Security-Policy")).doesNotContain(hash);
    }

    @Test
    void indexIsRevalidatedAndHashedAssetsAreCachedForAYear() {
        Response index = page("GET", "/");
        assertThat(header(index, "Cache-Control")).isEqualTo("no-cache");
        assertThat(header(page("GET", "/index.html"), "Cache-Control")).isEqualTo("no-cache");
        Matcher asset = Pattern.compile("(/assets/[^\"']+\\.(?:js|css))").matcher(index.raw());
        assertThat(asset.find()).as("index.html names its assets").isTrue();
        Response file = api.send(HttpRequest.GET(asset.group(1)).accept(MediaType.ALL_TYPE), null);
        assertThat(file.status()).isEqualTo(200);
        assertThat(header(file, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        // API answers are not cached as files
        assertThat(header(api.get(null, "/health"), "Cache-Control")).isNotEqualTo("public, max-age=31536000, immutable");
    }
}
