package gov.bureau.portal.documents;

import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.support.Agencies;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient;
import gov.bureau.portal.support.TestClient.Response;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.objectstorage.ObjectStorageException;
import io.micronaut.objectstorage.request.UploadRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Documents in an S3-compatible store (PORTAL_STORAGE=s3) against a real S3 server (s3proxy), with two
 * portal instances on one database and one bucket: what is uploaded through one downloads through the
 * other with the same SHA-256, a sign-out on one ends the session on the other; a damaged object is
 * refused on read, an unreachable store is a 503 with its own code.
 */
@MicronautTest(transactional = false)
class S3DocumentStoreTest extends IntegrationTest {

    private static final String BUCKET = S3Proxy.start().bucket("portal-docs-");

    @Inject
    JsonMapper json;

    private ApplicationContext secondContext;
    private TestClient second;
    private HttpClient secondHttp;

    @Override
    protected Map<String, String> extraProperties() {
        return S3Proxy.start().properties(BUCKET);
    }

    @BeforeAll
    void startASecondInstance() {
        secondContext = ApplicationContext.run(new HashMap<>(getProperties()), "test");
        EmbeddedServer server = secondContext.getBean(EmbeddedServer.class).start();
        secondHttp = HttpClient.create(server.getURL());
        second = new TestClient(secondHttp, json);
    }

    @AfterAll
    void stopTheSecondInstance() {
        if (secondContext != null) {
            secondContext.close();
        }
    }

    private static String sha256(byte[] bytes) {
        return DocumentStore.sha256(bytes);
    }

    @Test
    void aDocumentUploadedThroughOneInstanceDownloadsThroughTheOtherAndASignOutEndsTheSessionOnBoth() {
        Agencies.Registered a = Agencies.register(api);
        byte[] pdf = (new String(Agencies.pdf(), StandardCharsets.US_ASCII) + "% s3 " + System.nanoTime() + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        Response up = Agencies.upload(api, a.token(), "BUSINESS_LICENCE", "营业执照.pdf", pdf, MediaType.APPLICATION_PDF_TYPE);
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        assertThat(up.get("sha256")).isEqualTo(sha256(pdf));
        long docId = ((Number) up.get("id")).longValue();

        byte[] throughB = secondHttp.toBlocking().exchange(HttpRequest.GET("/api/agencies/" + a.id() + "/documents/" + docId)
                .bearerAuth(a.token()), byte[].class).body();
        assertThat(sha256(throughB)).isEqualTo(sha256(pdf));
        // it is in the bucket, not on either server's disk
        assertThat(S3Proxy.start().storage(BUCKET).listObjects()).anyMatch(k -> k.startsWith("agency/") || k.contains(String.valueOf(a.id())));

        String session = api.token(a.username(), gov.bureau.portal.support.Users.PASSWORD);
        assertThat(second.get(session, "/api/agencies/me").status()).isEqualTo(200);
        assertThat(api.post(session, "/api/logout", Map.of()).status()).isIn(200, 204);
        assertThat(second.get(session, "/api/agencies/me").status()).isEqualTo(401);
    }

    @Test
    void anObjectChangedBehindThePortalsBackIsRefusedOnRead() throws Exception {
        S3ObjectStorage store = S3Proxy.start().storage(BUCKET);
        byte[] bytes = "%PDF-1.4 original content".getBytes(StandardCharsets.US_ASCII);
        store.upload(UploadRequest.fromBytes(bytes, "check/original.pdf", "application/pdf"));
        byte[] back = store.retrieve("check/original.pdf").orElseThrow().getInputStream().readAllBytes();
        assertThat(sha256(back)).isEqualTo(sha256(bytes));
        assertThat(store.exists("check/original.pdf")).isTrue();
        assertThat(store.retrieve("check/missing.pdf")).isEmpty();

        Path file = S3Proxy.start().bucketDirectory(BUCKET).resolve("check/original.pdf");
        assertThat(file).exists();
        Files.write(file, "%PDF-1.4 tampered content".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> store.retrieve("check/original.pdf")).isInstanceOf(ObjectStorageException.class)
                .hasMessageContaining("does not match its SHA-256");

        store.delete("check/original.pdf");
        assertThat(store.exists("check/original.pdf")).isFalse();
    }

    @Test
    void anUnreachableStoreIsAServiceUnavailableWithItsOwnCode() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        try (S3ObjectStorage store = new S3ObjectStorage("http://127.0.0.1:" + closed, BUCKET, "us-east-1",
                S3Proxy.ACCESS_KEY, S3Proxy.SECRET_KEY, true)) {
            assertThatThrownBy(() -> store.retrieve("agency/any.pdf")).isInstanceOfSatisfying(PortalException.class, e -> {
                assertThat(e.status().getCode()).isEqualTo(503);
                assertThat(e.code()).isEqualTo("DOCUMENT_STORE_UNAVAILABLE");
            });
            assertThatThrownBy(() -> store.upload(UploadRequest.fromBytes(new byte[]{1}, "agency/x.pdf")))
                    .isInstanceOf(PortalException.class);
        }
        // a bucket that does not exist is the same clear error
        try (S3ObjectStorage store = S3Proxy.start().storage("no-such-bucket-" + System.nanoTime())) {
            assertThatThrownBy(store::probe).isInstanceOf(PortalException.class);
        }
        assertThat(List.of(BUCKET)).isNotEmpty();
    }
}
