package gov.bureau.portal.common;

import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class OperationsTest extends IntegrationTest {

    @Test
    void healthIsUpWithTheDatabase() {
        Response r = api.get(null, "/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(java.util.Map.of("status", "UP"));
    }

    @Test
    void openApiDocumentAndUiAreServed() {
        Response doc = api.send(HttpRequest.GET("/swagger/portal.yml").accept(MediaType.ALL_TYPE), null);
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.raw()).contains("openapi:").contains("/api/users").contains("/api/audit-log/verification");
        assertThat(doc.raw()).as("the file the jar carries, which the build normalised and OpenApiContractTest checks")
                .isEqualTo(OpenApiContractTest.published());
        Response ui = api.send(HttpRequest.GET("/swagger-ui/").accept(MediaType.TEXT_HTML_TYPE), null);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.raw()).containsIgnoringCase("swagger");
    }

    @Test
    void deepLinksOfTheFrontEndAnswerTheApplicationPage() {
        Response page = api.send(HttpRequest.GET("/agencies/12").accept(MediaType.TEXT_HTML_TYPE), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("<div id=\"app\">");
        Response root = api.send(HttpRequest.GET("/").accept(MediaType.TEXT_HTML_TYPE), null);
        assertThat(root.raw()).contains("<div id=\"app\">");
        Response api404 = api.send(HttpRequest.GET("/api/agencies-that-do-not-exist").accept(MediaType.TEXT_HTML_TYPE), null);
        assertThat(api404.status()).isIn(401, 404);
        Response asset = api.send(HttpRequest.GET("/assets/missing.js").accept(MediaType.ALL_TYPE), null);
        assertThat(asset.status()).isEqualTo(404);
    }
}
