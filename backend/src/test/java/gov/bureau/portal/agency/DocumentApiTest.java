package gov.bureau.portal.agency;

import gov.bureau.portal.support.Agencies;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DocumentApiTest extends IntegrationTest {

    @Inject
    @Client("/")
    HttpClient http;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(Response agency) {
        return (List<Map<String, Object>>) ((Map<String, Object>) agency.get("profile")).get("documents");
    }

    @Test
    void aPdfIsStoredWithItsHashAndOnlyTheOwnerAndTheBureauMayReadIt() throws Exception {
        Agencies.Registered a = Agencies.register(api);
        byte[] pdf = Agencies.pdf();
        Response up = Agencies.upload(api, a.token(), "BUSINESS_LICENCE", "营业执照（副本）.pdf", pdf, MediaType.APPLICATION_PDF_TYPE);
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(up.json()).containsEntry("sha256", sha).containsEntry("contentType", "application/pdf")
                .containsEntry("fileName", "营业执照（副本）.pdf").containsEntry("sizeBytes", pdf.length);
        long docId = ((Number) up.get("id")).longValue();
        assertThat(documents(api.get(a.token(), "/api/agencies/me"))).hasSize(1);

        String path = "/api/agencies/" + a.id() + "/documents/" + docId;
        assertThat(download(path, a.token()).body()).isEqualTo(pdf);
        HttpResponse<byte[]> forStaff = download(path, Users.tokenFor(api, unique("docst"), "STAFF"));
        assertThat(forStaff.body()).isEqualTo(pdf);
        assertThat(forStaff.getHeaders().get("Content-Disposition")).contains("filename*=UTF-8''");
        assertThat(forStaff.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
        Agencies.Registered other = Agencies.register(api);
        assertThat(api.get(other.token(), path).status()).isEqualTo(404);
        assertThat(api.get(null, path).status()).isEqualTo(401);
        assertThat(api.get(a.token(), "/api/agencies/" + a.id() + "/documents/987654321").status()).isEqualTo(404);
        // a document id of another agency under one's own agency id is not found either
        long otherDoc = ((Number) Agencies.upload(api, other.token(), "OTHER", "x.png", PNG, MediaType.IMAGE_PNG_TYPE)
                .get("id")).longValue();
        assertThat(api.get(a.token(), "/api/agencies/" + a.id() + "/documents/" + otherDoc).status()).isEqualTo(404);
        assertThat(api.delete(a.token(), "/api/agencies/me/documents/" + otherDoc, null).status()).isEqualTo(404);

        assertThat(api.delete(a.token(), "/api/agencies/me/documents/" + docId, null).status()).isEqualTo(204);
        assertThat(documents(api.get(a.token(), "/api/agencies/me"))).isEmpty();
        // the file itself is kept for the versions that name it
        assertThat(download(path, a.token()).body()).isEqualTo(pdf);
    }

    @Test
    void theTypeComesFromTheContentNotTheName() {
        Agencies.Registered a = Agencies.register(api);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        Response r = Agencies.upload(api, a.token(), "BUSINESS_LICENCE", "营业执照.pdf", exe, MediaType.APPLICATION_PDF_TYPE);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorFields()).containsExactly("file");
        assertThat((String) r.fieldErrors().get(0).get("message")).contains("PDF");
        Response png = Agencies.upload(api, a.token(), "CERTIFICATE", "scan.pdf", PNG, MediaType.APPLICATION_PDF_TYPE);
        assertThat(png.json()).containsEntry("contentType", "image/png");
        assertThat(documents(api.get(a.token(), "/api/agencies/me"))).hasSize(1);
    }

    @Test
    void aTwentyMegabyteFileGetsAFieldErrorAndChangesNothing() {
        Agencies.Registered a = Agencies.register(api);
        byte[] big = new byte[20 * 1024 * 1024];
        System.arraycopy(Agencies.pdf(), 0, big, 0, Agencies.pdf().length);
        Response r = Agencies.upload(api, a.token(), "BUSINESS_LICENCE", "big.pdf", big, MediaType.APPLICATION_PDF_TYPE);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.code()).isEqualTo("FILE_TOO_LARGE");
        assertThat(r.errorFields()).containsExactly("file");
        assertThat((String) r.fieldErrors().get(0).get("message")).contains("10 MB");
        assertThat(documents(api.get(a.token(), "/api/agencies/me"))).isEmpty();
    }

    @Test
    void emptyFilesUnknownCategoriesAndMissingFilesAreFieldErrors() {
        Agencies.Registered a = Agencies.register(api);
        Response empty = Agencies.upload(api, a.token(), "OTHER", "empty.pdf", new byte[0], MediaType.APPLICATION_PDF_TYPE);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.errorFields()).containsExactly("file");
        Response category = Agencies.upload(api, a.token(), "SELFIE", "x.pdf", Agencies.pdf(), MediaType.APPLICATION_PDF_TYPE);
        assertThat(category.errorFields()).containsExactly("category");
        Response noFile = api.send(HttpRequest.POST("/api/agencies/me/documents",
                io.micronaut.http.client.multipart.MultipartBody.builder().addPart("category", "OTHER").build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), a.token());
        assertThat(noFile.status()).isEqualTo(400); // missing: wrong on its own (CONTRIBUTING, "400 or 422"); was 422
        assertThat(noFile.errorFields()).as(noFile.toString()).containsExactly("file");
    }

    @Test
    void documentsCannotChangeWhileUnderReview() {
        Agencies.Registered a = Agencies.register(api);
        Agencies.submitComplete(api, a);
        Response r = Agencies.upload(api, a.token(), "OTHER", "late.pdf", Agencies.pdf(), MediaType.APPLICATION_PDF_TYPE);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("UNDER_REVIEW");
    }

    private HttpResponse<byte[]> download(String path, String token) {
        return http.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token), Argument.of(byte[].class));
    }
}
